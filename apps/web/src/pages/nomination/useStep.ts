import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import type { components } from '../../api/schema';

type Nomination = components['schemas']['NominationReply'];

/** Sends a step and shows the nomination as the API answers it. */
export function useStep(n: Nomination, done: string) {
  const queries = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: async (send: () => Promise<{ data?: Nomination }>) => (await send()).data!,
    onSuccess: (updated) => {
      queries.setQueryData(['nomination', n.id], updated);
      void queries.invalidateQueries({ queryKey: ['inbox'] });
      void message.success(done);
    },
  });
}
