import { type DatasetAddressRefusal, datasetAddressRefusal } from "../../data/dataset-address.ts";

export type AddressCheck = { ok: true; url: string } | { ok: false; reason: DatasetAddressRefusal };

/**
 * Checks an address typed to load a dataset from, by the rule the URL codec keeps too
 * (data/dataset-address.ts). Returns the address as typed, trimmed: the app resolves paths itself.
 */
export function checkDatasetAddress(input: string): AddressCheck {
  const url = input.trim();
  const reason = datasetAddressRefusal(url);
  return reason ? { ok: false, reason } : { ok: true, url };
}
