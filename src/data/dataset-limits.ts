/** Larger files are refused before reading: a tab cannot hold and validate them. */
export const MAX_DATASET_BYTES = 512 * 1024 * 1024;
