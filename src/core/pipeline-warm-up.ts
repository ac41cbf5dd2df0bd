/** A short resume the worker reviews once at start-up, so the first real check does not pay for loading the rules. */
export const WARM_UP_RESUME = [
  'Alex Example',
  'alex@example.com · +1 555 0100 · github.com/alex-example',
  '',
  'Experience',
  'Backend Engineer — Example Corp — 2021 – present',
  '• Built the orders API serving 2,000 requests per second',
  '• Responsible for the billing service',
  '',
  'Education',
  'BSc Computer Science — Example University — 2017 – 2021',
  '',
  'Skills',
  'Go, PostgreSQL, Redis, Kafka',
].join('\n');
