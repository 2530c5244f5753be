import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { useLocation, useNavigate, useParams } from 'react-router';
import { getPost } from '../../api/posts.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Post } from '../../api/schemas/post.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useBrands } from '../../hooks/use-brands.ts';
import { useSocialAccounts } from '../../hooks/use-social-accounts.ts';
import { NoBrandsYet } from '../dashboard/NoBrandsYet.tsx';
import { ComposeEditor } from './ComposeEditor.tsx';

/** A page that sends people here may say why in the navigation state (e.g. "This is a copy"). */
const arrivalState = z.object({ notice: z.string() });

/**
 * `/compose` writes a new post; `/posts/:postId/edit` continues one. A post created here moves
 * the address to its edit page without replacing the form, so its messages and state stay.
 */
export function ComposePage() {
  const { postId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [created, setCreated] = useState<{ postId: string; formKey: string }>();
  const createdHere = postId !== undefined && created?.postId === postId ? created : undefined;
  const formKey = createdHere?.formKey ?? location.key;
  const brands = useBrands();
  const accounts = useSocialAccounts();
  const post = useQuery({
    queryKey: queryKeys.post(postId ?? ''),
    queryFn: () => getPost(postId ?? ''),
    enabled: postId !== undefined && !createdHere,
  });

  function onCreated(saved: Post) {
    setCreated({ postId: saved.id, formKey });
    void navigate(`/posts/${encodeURIComponent(saved.id)}/edit`, { replace: true });
  }

  const arrivalNotice = arrivalState.safeParse(location.state).data?.notice;
  const waitingForPost = postId !== undefined && !createdHere && !post.data;
  const error = brands.error ?? accounts.error ?? post.error;
  return (
    <>
      <PageHeader title={postId ? 'Edit post' : 'Compose'} description="Write once, check the length on every network, and send it for approval." />
      {error && <FormAlert error={error} />}
      {!error && (brands.isPending || accounts.isPending || waitingForPost) && <LoadingState label="Loading…" />}
      {brands.data?.length === 0 && <NoBrandsYet />}
      {brands.data && brands.data.length > 0 && accounts.data && !waitingForPost && (
        <ComposeEditor key={formKey} initialPost={post.data} initialNotice={arrivalNotice} brands={brands.data} accounts={accounts.data} onCreated={onCreated} />
      )}
    </>
  );
}
