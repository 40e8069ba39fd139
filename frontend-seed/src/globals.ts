// What the seed's frontend takes from its surroundings: the logged-in user's token. The harness sets it from
// the environment.
export let authToken: string = process.env.SALESCORE_TOKEN ?? '';

export const getAuthToken = (): string => authToken;
