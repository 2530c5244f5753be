import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { generateContent } from '../../api/ai.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { GenerateInput } from '../../api/schemas/ai.ts';
import { variantCount } from './studio-options.ts';
import { toStudioVariant, type StudioVariant } from './studio-variant.ts';

type Brief = Omit<GenerateInput, 'count'>;

/**
 * The variants on screen, a Generate that replaces them all, and a Regenerate that asks for one
 * more and puts it in the place of the one it replaces.
 */
export function useStudioVariants() {
  const queryClient = useQueryClient();
  const [variants, setVariants] = useState<StudioVariant[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [regeneratingKey, setRegeneratingKey] = useState<string>();
  const refreshSpend = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.aiOverview });
    void queryClient.invalidateQueries({ queryKey: queryKeys.aiTasksAll });
  };

  const generate = useMutation({
    mutationFn: (brief: Brief) => generateContent({ ...brief, count: variantCount }),
    onSuccess: (result, brief) => {
      setVariants(result.variants.map((variant) => toStudioVariant(variant, brief)));
      setNotice(result.notice);
      refreshSpend();
    },
  });

  const regenerate = useMutation({
    mutationFn: (variant: StudioVariant) => generateContent({ ...variant.brief, count: 1 }),
    onMutate: (variant) => setRegeneratingKey(variant.key),
    onSuccess: (result, replaced) => {
      const fresh = result.variants[0];
      if (fresh) setVariants((current) => current.map((variant) => (variant.key === replaced.key ? toStudioVariant(fresh, replaced.brief) : variant)));
      setNotice(result.notice);
      refreshSpend();
    },
    onSettled: () => setRegeneratingKey(undefined),
  });

  const update = (changed: StudioVariant) => setVariants((current) => current.map((variant) => (variant.key === changed.key ? changed : variant)));

  return { variants, notice, generate, regenerate, regeneratingKey, update };
}
