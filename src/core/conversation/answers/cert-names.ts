/** Certifications people name by their short form (a question naming one asks where it goes). */
export const CERT_NAMES =
  /\b(pmp|capm|prince2|cfa|cpa|acca|cima|frm|cissp|cism|ccna|ccnp|comptia|itil|six sigma|csm|psm|scrum master|aws certified|bls|acls|pals|ils|cpr|first aid|osha|pccn|ccrn|nclex|soa|fsa|asa|cdl|hazmat|twic|nrp|phtls|eit|fe exam|pe licen[cs]e|cswp|aat|cipd|shrm|cscp|apics|nremt|smsts|sssts|cscs|nebosh|iosh|cpcs|ipaf|pasma|nvq|rcvs|rvn|ejpt|oscp|cysa|gcih|ceh|ccsp|giac|green belt|black belt|cpht|tefl|celta|qts|pgce|ccma|cfp|series \d+)\b/i;
