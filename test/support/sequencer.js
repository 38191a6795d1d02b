// The audit suite checks the store after every other suite has written to it (rebuild must
// find no difference), so it runs last; the rest keep Jest's order.
const Sequencer = require('@jest/test-sequencer').default;

const last = (test) => (test.path.endsWith('audit.e2e-spec.ts') ? 1 : 0);

class AuditLastSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    return [...ordered].sort((a, b) => last(a) - last(b));
  }
}

module.exports = AuditLastSequencer;
