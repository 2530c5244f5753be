import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../../api/api-error.ts';
import type { Brand } from '../../api/schemas/brand.ts';
import { platforms, platformSchema, type Platform } from '../../api/schemas/social-account.ts';
import { Button } from '../../components/Button.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { platformLabels } from '../../components/platform-labels.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { TextField } from '../../components/TextField.tsx';
import { requiredText } from '../../forms/common-schemas.ts';
import { focusFirstInvalid, validateForm } from '../../forms/validate.ts';
import { startOAuthConnection } from '../../api/social-accounts.ts';
import { connectFields, defaultMastodonServer } from './connect-fields.ts';
import { useConnectAccount } from './use-connect-account.ts';

const platformOptions = platforms.map((platform) => ({ value: platform, label: platformLabels[platform] }));

function connectSchema(platform: Platform) {
  const fields = connectFields[platform];
  return z.object({
    brandId: requiredText('Choose a brand.'),
    platform: platformSchema,
    identifier: fields.identifierLabel ? requiredText(`Enter the ${fields.identifierLabel.toLowerCase()}.`) : z.string(),
    secret: fields.secretLabel ? requiredText(`Enter the ${fields.secretLabel.toLowerCase()}.`) : z.string().optional(),
    baseUrl: fields.needsBaseUrl ? z.string().trim().pipe(z.url('Enter the server address, e.g. https://mastodon.social')) : z.undefined(),
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url.trim()).host;
  } catch {
    return url.trim();
  }
}

export function ConnectAccountForm({ brands }: { brands: Brand[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [brandId, setBrandId] = useState(brands.length === 1 ? (brands[0]?.id ?? '') : '');
  const [platform, setPlatform] = useState<Platform>('sandbox');
  const [identifier, setIdentifier] = useState('');
  const [secret, setSecret] = useState('');
  const [baseUrl, setBaseUrl] = useState(defaultMastodonServer);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useConnectAccount();
  const oauth = useMutation({ mutationFn: (brand: string) => startOAuthConnection('x', brand), onSuccess: (url) => window.location.assign(url) });
  const errors = { ...fieldErrorsOf(mutation.error), ...fieldErrorsOf(oauth.error), ...clientErrors };
  const fields = connectFields[platform];
  // Issues about fields not on screen (a Mastodon identifier) are listed in the alert instead.
  const shownFields = ['brandId', 'platform', fields.identifierLabel && 'identifier', fields.secretLabel && 'secret', fields.needsBaseUrl && 'baseUrl'].filter(
    (field): field is string => Boolean(field),
  );
  const connectedTo = brands.find((brand) => brand.id === mutation.data?.brandId)?.name;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (fields.oauth) {
      if (!brandId) return setClientErrors({ brandId: 'Choose a brand.' });
      setClientErrors({});
      return oauth.mutate(brandId);
    }
    // The API wants an identifier even where the secret names the account: the server's host stands in.
    const values = {
      brandId,
      platform,
      identifier: fields.identifierLabel ? identifier : hostOf(baseUrl),
      secret: fields.secretLabel ? secret : undefined,
      baseUrl: fields.needsBaseUrl ? baseUrl : undefined,
    };
    const result = validateForm(connectSchema(platform), values);
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) return focusFirstInvalid(formRef.current);
    mutation.mutate(result.data, {
      onSuccess: () => {
        setIdentifier('');
        setSecret('');
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      <FormAlert error={mutation.error ?? oauth.error} shownFields={shownFields} />
      {mutation.isSuccess && (
        <StatusMessage>
          Connected @{mutation.data.handle}
          {connectedTo ? ` to ${connectedTo}` : ''}.
        </StatusMessage>
      )}
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <SelectField
          label="Brand"
          value={brandId}
          onChange={setBrandId}
          options={brands.map((brand) => ({ value: brand.id, label: brand.name }))}
          placeholder="Choose a brand"
          error={errors.brandId}
        />
        <SelectField
          label="Platform"
          value={platform}
          onChange={(value) => setPlatform(platformSchema.parse(value))}
          options={platformOptions}
          hint={fields.about}
          error={errors.platform}
        />
        {fields.needsBaseUrl && (
          <TextField label="Server address" type="url" value={baseUrl} onChange={setBaseUrl} error={errors.baseUrl} hint="The address of your Mastodon server." />
        )}
        {fields.identifierLabel && (
          <TextField label={fields.identifierLabel} autoComplete="off" value={identifier} onChange={setIdentifier} hint={fields.identifierHint} error={errors.identifier} />
        )}
        {fields.secretLabel && (
          <TextField label={fields.secretLabel} type="password" autoComplete="off" value={secret} onChange={setSecret} error={errors.secret} />
        )}
      </div>
      <Button type="submit" busy={mutation.isPending || oauth.isPending} busyLabel="Connecting…">
        {fields.oauth ? `Sign in with ${platformLabels[platform]}` : 'Connect account'}
      </Button>
    </form>
  );
}
