/** Synthetic HubSpot exports (companies, and contacts linked by company name) of `n` rows each. */
export function hubspotExports(n: number, seed?: number): { companies: string; contacts: string };
