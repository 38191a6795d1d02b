export default async function globalTeardown(): Promise<void> {
  await globalThis.__THIDUA_STACK__?.stop();
}
