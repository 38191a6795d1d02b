import { useQuery } from '@tanstack/react-query';
import { api } from './client';

/** The Vietnamese names of the API's enumerations: fetched once per session, shared by every form. */
export const useVocabulary = () =>
  useQuery({
    queryKey: ['plan-vocabulary'],
    queryFn: async () => (await api.GET('/plans/vocabulary')).data!,
    staleTime: Infinity,
  });
