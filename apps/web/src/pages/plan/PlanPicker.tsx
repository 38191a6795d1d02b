import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';

/**
 * A plan chosen by typing its number or title (searched on the server, with or without marks):
 * there may be thousands. Without a choice it shows the newest plan (`useNewestPlan`).
 */
export function PlanPicker({ value, onChange }: { value?: string; onChange: (planId: string) => void }) {
  const [search, setSearch] = useState('');
  const plans = useQuery({
    queryKey: ['plans', search, 1],
    queryFn: async () => (await api.GET('/plans', { params: { query: { q: search, limit: 20 } } })).data!,
    placeholderData: (previous) => previous,
  });
  // The chosen plan stays listed even when the search no longer finds it.
  const chosen = useQuery({
    queryKey: ['plan', value],
    enabled: !!value,
    queryFn: async () => (await api.GET('/plans/{id}', { params: { path: { id: value! } } })).data!,
  });
  const options = [...(plans.data?.items ?? [])];
  if (chosen.data && !options.some((p) => p.id === chosen.data.id)) options.unshift(chosen.data);
  return (
    <Select
      aria-label="Kế hoạch"
      showSearch
      filterOption={false}
      onSearch={setSearch}
      placeholder="Gõ số hoặc tên kế hoạch"
      style={{ width: '100%', maxWidth: 640, marginBottom: 12 }}
      loading={plans.isPending}
      value={value ?? plans.data?.items[0]?.id}
      onChange={onChange}
      options={options.map((p) => ({ value: p.id, label: `${p.number} – ${p.title}` }))}
    />
  );
}

/** The newest plan the reader sees: what a plan picker shows before anyone chooses. */
export const useNewestPlan = () =>
  useQuery({
    queryKey: ['plans', '', 1],
    queryFn: async () => (await api.GET('/plans', { params: { query: { q: '', limit: 20 } } })).data!,
    select: (page) => page.items[0]?.id,
  });
