import { Tag } from 'antd';
import type { Proposal } from './ConsiderationPage';
import { STATUS_COLOURS } from './labels';

/** Where a proposal stands, coloured: refused and failed in red, granted in green. */
export const StatusTag = ({ proposal: p }: { proposal: Proposal }) => (
  <Tag color={STATUS_COLOURS[p.status]}>{p.statusLabel}</Tag>
);

/** Every reason a proposal was refused, one per rule it fails. */
export const Reasons = ({ reasons }: { reasons: string[] }) => (
  <ul className="reasons">
    {reasons.map((r) => (
      <li key={r}>{r}</li>
    ))}
  </ul>
);
