/**
 * Runs once in the workflow sandbox, before the SDK freezes its globals (WorkerOptions'
 * `preloadModules`). The SDK's promise hook captures a source-mapped stack for every promise
 * that workflow code creates, for the stack-trace query of Temporal's UI; nobody reads that
 * query here, and it was the largest cost of a workflow task (bench/fanout.ts, a CPU profile).
 * Without frames, a capture costs almost nothing. Workflow errors still carry their messages,
 * and their failures their types; activities and the API keep full stacks.
 */
Error.stackTraceLimit = 0;

export {};
