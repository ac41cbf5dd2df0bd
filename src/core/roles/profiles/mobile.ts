import type { RoleProfile } from '../types.js';

/** Mobile: native or cross-platform apps — platform skill, app quality, releases, and users. */
export const mobile: RoleProfile = {
  id: 'mobile',
  label: 'Mobile engineer',
  titles: [
    'mobile engineer', 'mobile developer', 'mobile', 'ios engineer', 'ios developer', 'ios', 'android engineer',
    'android developer', 'android', 'react native developer', 'react native engineer', 'flutter developer',
    'flutter engineer', 'mobile application developer', 'app developer',
  ],
  vocabulary: [
    'iOS', 'Android', 'Swift', 'SwiftUI', 'UIKit', 'Objective-C', 'Kotlin', 'Jetpack Compose', 'React Native',
    'Flutter', 'Dart', 'Xcode', 'Android Studio', 'App Store', 'Google Play', 'TestFlight', 'Firebase', 'crash-free',
    'mobile', 'app',
  ],
  pillars: [
    {
      id: 'platform',
      label: 'Platform skill',
      description: 'Native or cross-platform depth: frameworks, architecture, platform APIs.',
      evidence: [
        'iOS', 'Android', 'Swift', 'SwiftUI', 'UIKit', 'Objective-C', 'Kotlin', 'Jetpack Compose', 'Jetpack',
        'React Native', 'Flutter', 'Dart', 'Core Data', 'Room', 'MVVM', 'VIPER', 'Combine', 'coroutines',
      ],
      metrics: ['screens or modules built', 'code shared across platforms (%)'],
      placeholder: '[N] screens / [X]% shared code',
    },
    {
      id: 'app-quality',
      label: 'App quality and performance',
      description: 'How the app behaves on real devices: crashes, start-up time, size, smoothness.',
      evidence: [
        'crash-free', 'crash rate', 'crashes', 'ANR', 'ANRs', 'startup time', 'start-up time', 'cold start',
        'app size', 'binary size', 'frame rate', 'jank', 'memory', 'battery', 'performance', 'Crashlytics',
        'unit tests', 'UI tests', 'XCTest', 'Espresso',
      ],
      metrics: ['crash-free sessions (%)', 'cold start time (ms)', 'app size (MB)', 'ANR rate'],
      placeholder: '[99.9]% crash-free / [X] ms cold start',
    },
    {
      id: 'release',
      label: 'Releases',
      description: 'Shipping safely to stores: release trains, flags, staged rollouts, CI.',
      evidence: [
        'App Store', 'Google Play', 'Play Store', 'TestFlight', 'release', 'releases', 'release train', 'feature flags',
        'phased rollout', 'staged rollout', 'Fastlane', 'Bitrise', 'CI/CD', 'published',
      ],
      metrics: ['release cadence', 'rollback or hotfix count', 'build time'],
      placeholder: 'every [N] weeks / [N] hotfixes',
    },
    {
      id: 'users',
      label: 'Users and product',
      description: 'Who uses the app and what changed for them: installs, ratings, retention.',
      evidence: [
        'users', 'DAU', 'MAU', 'downloads', 'installs', 'rating', 'ratings', 'retention', 'engagement', 'conversion',
        'push notifications', 'offline', 'onboarding', 'in-app purchases', 'subscriptions',
      ],
      metrics: ['monthly active users', 'store rating', 'retention or conversion (%)'],
      placeholder: '[N] monthly users / [X]-star rating',
    },
  ],
  expectedSections: ['contact', 'experience', 'projects', 'education', 'skills'],
  skillGroups: [
    { id: 'ios', label: 'iOS', examples: ['Swift', 'SwiftUI', 'UIKit', 'Combine'] },
    { id: 'android', label: 'Android', examples: ['Kotlin', 'Jetpack Compose', 'coroutines', 'Room'] },
    { id: 'cross-platform', label: 'Cross-platform', examples: ['React Native', 'Flutter'] },
    { id: 'tooling', label: 'Release and tooling', examples: ['Fastlane', 'Firebase', 'Crashlytics', 'TestFlight'] },
  ],
};
