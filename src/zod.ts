/**
 * zod as thongbao's schemas use it: the functional API (`zod/mini`), which builds schemas in under half the
 * time of zod's full API (every run of the CLI builds them at start-up), with English messages, which the
 * functional API leaves unset. The JSON Schema and the validation are the same as with the full API.
 */
import * as z from 'zod/mini';

// As the full API does: English unless the program chose another language first.
if (!z.config().localeError) z.config(z.locales.en());

export { z };

/**
 * `schema` with a description for the JSON Schema, as `.describe()` gives in zod's full API. The schema
 * itself is registered: pass a clone of one that is used elsewhere as well.
 * @param schema a schema
 * @param description what the JSON Schema says of it
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
}
