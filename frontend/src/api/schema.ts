// The API's types: the TypeScript client that `./scripts/openapi generate` writes from
// openapi/openapi.json (and `./scripts/openapi check` holds to it). One generated copy for the
// whole repository; the web app imports it from here.
export type * from "../../../openapi/clients/typescript/schema";
