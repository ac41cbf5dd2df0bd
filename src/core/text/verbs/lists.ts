/** Word lists for reading opening verbs (see classify.ts and opening.ts). */

const wordSet = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

/** Base forms of strong action verbs (irregular pasts such as "made" and "took" included). */
export const STRONG_BASES: ReadonlySet<string> = wordSet(`
accelerate accomplish achieve acquire adapt add address administer adopt advance advise advocate align allocate
analyse analyze anchor apply appoint architect archive arrange assemble assess audit author authorize automate
balance benchmark bootstrap boost broker budget build calibrate capture catalog catalogue centralize champion
chair clarify classify clean close coach code codify collaborate collect combine commission communicate compile
complete compose compute conceive conceptualize conduct configure consolidate construct consult containerize
contribute convert coordinate co-author correct craft create curate customize cut debug decommission decompose
decouple decrease deduplicate define delegate deliver demonstrate deploy deprecate derive design detect
determine develop devise diagnose digitize direct discover dispatch distribute document double drive draft earn
edit educate eliminate embed empower enable encrypt engineer enhance enforce establish estimate evaluate
evangelize examine execute expand expedite experiment explore export expose extend extract fabricate facilitate
factor fix forecast forge formalize formulate found foster frame gain generate govern grow guide halve harden
head hire host identify ideate illustrate implement import improve increase incubate index influence initiate
inject innovate inspect install instrument integrate interview introduce invent investigate issue iterate judge
launch lead leverage license lift load localize lower maintain manage map market master maximize measure mediate
mentor merge migrate minimize mobilize model moderate modernize modularize monitor motivate negotiate normalize
onboard open operate optimise optimize orchestrate organize originate outline outperform overhaul oversee own
package pair parallelize partition partner patent patch pilot pioneer plan port prepare present prevent
prioritize process procure produce profile program promote propose prototype provision publish purge quantify
query raise rank rationalize reach rebuild recommend reconcile recover recruit redesign reduce refactor refine
reorganize replace replicate report research resolve restore restructure revamp review revise rewrite roll
rollout route run save scale schedule scope score script secure segment select sell serve set shape shard ship
shorten showcase simplify simulate slash solve source spearhead specify speed split sponsor stabilize
standardize start steer store streamline strengthen structure supervise survey sustain synchronize synthesize
systematize tackle target teach template test tighten trace track train transform transition translate triage
trim triple troubleshoot tune uncover unify unite update upgrade validate verify version virtualize visualize
win write make spin begin bring hold keep undertake choose draw give lay pay put speak stand strike sweep take
throw uphold shrink overcome redraw send meet buy broadcast shut hit beat seek find break fight sell
`);

/** Opening verbs that describe taking part rather than doing, or that say nothing. */
export const WEAK_BASES: ReadonlySet<string> = wordSet(`
work help assist participate involve task handle do be have get use utilize utilise try attempt shadow observe
attend expose familiarize learn gain receive undergo perform become come deal go know leave lose read see spend
tell
`);

/** Words ending in -ed that are adjectives (or not verbs) when they open a line. */
export const NOT_VERBS: ReadonlySet<string> = wordSet(`
experienced dedicated motivated skilled talented seasoned interested based detailed red bed need speed seed feed
hundred kindred sacred naked wicked beloved learned advanced accomplished certified qualified licensed talented
self-motivated self-taught sophisticated varied assorted limited united registered distinguished esteemed
`);

/** Last parts of hyphenated adjectives: "Detail-oriented", "Data-driven", "AI-powered". */
export const ADJECTIVE_TAILS: ReadonlySet<string> = wordSet(`
oriented driven based focused minded motivated related skilled powered enabled backed facing centered centred
led owned funded certified aware
`);

/** Prefixes of hyphenated verbs: "Co-led", "Re-architected". */
export const PREFIXES: readonly string[] = [
  'co',
  're',
  'cross',
  'pre',
  'de',
  'un',
  'over',
  'under',
  'auto',
  'multi',
  'self',
];

/**
 * Words that are both a verb and a noun (or adjective) at the start of a line ("Lead engineer for…",
 * "Design system…"): their base form counts as a present-tense verb only when an object follows.
 */
export const NOUN_VERBS: ReadonlySet<string> = wordSet(`
lead design test support research plan model document architect host process program project report review
schedule mentor partner profile budget score index map version template patch package pilot script query route
store trace track target frame source set cut run open head chair lift load start release launch upgrade update
transition structure export import issue license market master segment survey experiment audit code draft
forecast interview rank double triple speed split shape scope secure work
`);

/** Past and present forms are the same word: tense cannot be told from the word alone. */
export const SAME_PAST_PRESENT: ReadonlySet<string> = wordSet(`
cut set put split hit shut quit forecast broadcast read
`);

/** Words that, right after a noun-or-verb opening, show it is a noun phrase ("Lead engineer for…"). */
export const NOUN_PHRASE_NEXT: ReadonlySet<string> = wordSet(`
engineer engineers developer developers designer manager architect analyst lead contributor consultant intern
role position member owner for on of at in system systems team work scientist researcher assistant specialist
and with to from by as is was were are review reviews documents docs doc
`);

/** Nouns after a gerund that make it a role name ("Teaching Assistant"). */
export const ROLE_NOUNS: ReadonlySet<string> = wordSet(`
assistant engineer intern manager specialist analyst developer consultant associate lead representative
coordinator officer director partner instructor tutor
`);

/**
 * Gerunds that usually name a thing ("billing service", "monitoring dashboards", "picking and packing")
 * rather than an action, unless an object follows them.
 */
export const NOUN_GERUNDS: ReadonlySet<string> = wordSet(`
accounting advertising alerting banking billing booking caching computing consulting engineering gaming hosting
learning lending logging manufacturing marketing messaging monitoring networking onboarding pricing printing
publishing recruiting rendering routing scheduling shipping staging streaming testing ticketing tooling tracing
trading training housing clothing landing listing matching ranking searching opening closing picking packing
nursing catering cleaning plumbing
`);
