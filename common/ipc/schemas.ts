import { z } from 'zod';
import type { NotebookMethod } from './contract';

const noArgument = z.undefined();

/**
 * The schema of every method's argument. Typed over the contract's keys, so adding a method
 * without its schema fails to compile; main refuses any argument that does not parse.
 */
export const argumentSchemas: { readonly [K in NotebookMethod]: z.ZodType } = {
  readSeeds: noArgument,
  openTextFiles: noArgument,
};
