/**
 * Employers, schools, products and places whose names are also ordinary English words ("Apple", "Target",
 * "Shell"): the dictionary test that lets "Strong" and "Consider" open a sentence lets these through too.
 * The guard treats them as names wherever they are capitalised, sentence starts included, unless the facts
 * use the word. The list is the well-known ones only: an unlisted company named after a word still passes
 * at a sentence start (a known limit, in docs/llm.md). Names that are also common openers of coaching prose
 * ("Gap", "Signal", "Progressive", "Sprint") are left out on purpose. Lower case, one a word.
 */
export const WORD_NAMES: ReadonlySet<string> = new Set(
  `
adobe airbus allstate alphabet amazon ameritrade apple azure bain bloomberg boeing canon chase chevron cigna
citadel cloudflare coinbase comcast costco delta discord dropbox duke emory expedia fidelity ford google
harvard heroku humana intel juniper kaiser lyft mckinsey mercury meta nvidia oracle palantir patagonia peloton
pinterest prudential puma reddit revolut ripple robinhood salesforce shell shopify snowflake sonic spotify
square stanford stripe subway target tesla twitter uber vanguard verizon visa walmart wayfair workday xerox
yale zoom
`
    .split(/\s+/)
    .filter(Boolean),
);
