/**
 * Whether the person is signing out on purpose right now. Its own module (no API client, no contracts)
 * so the app entry can read it without loading them into the first screen.
 */
let leaving = false;

export const signingOut = (): boolean => leaving;
export const setSigningOut = (value: boolean): void => { leaving = value; };
