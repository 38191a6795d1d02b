import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { components } from '../../api/schema';

export type Unit = components['schemas']['UnitReply'];
export type UnitKind = components['schemas']['UnitKindReply'];

const PAGE = 500;

/** Every unit of the directory, page after page: the tree needs them all. */
export const useAllUnits = () =>
  useQuery({
    queryKey: ['units'],
    queryFn: async () => {
      const all: Unit[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = (await api.GET('/units', { params: { query: { limit: PAGE, offset } } })).data!;
        all.push(...page.items);
        if (all.length >= page.total || page.items.length === 0) return all;
      }
    },
  });

export const useUnitKinds = () =>
  useQuery({ queryKey: ['unit-kinds'], queryFn: async () => (await api.GET('/unit-kinds')).data! });

/** Options for a unit field: live units only, by code and name, searchable by either. */
export const unitOptions = (units: Unit[] | undefined, except?: string) =>
  (units ?? [])
    .filter((u) => !u.endedOn && u.id !== except)
    .map((u) => ({ value: u.id, label: `${u.id} – ${u.name}` }));
