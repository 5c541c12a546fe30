// Add / edit one OSS or BOS profile. The secret is typed here and sent to main; it never comes back.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../translation';
import { type EndpointKind, endpointHost, endpointKinds, type ProfileDto, type ProfileInput, type StorageProvider } from '../../contract';
import { ApiError, call } from '../../api';
import { ErrorDetails, useErrorMessage } from '../../components/error-view';
import { queryKeys } from '../../queries/keys';
import { useUiStore } from '../../state/ui-store';
import { formatDate } from '../../components/format';
import { CloseIcon } from '../../components/icons';
import { regionLabel } from '../../components/provider-names';
import { presetEndpoint, presetKindOf, REGION_PRESETS } from './regions';
import { InsecureStorageConsent, needsInsecureConsent } from './insecure-storage-consent';
import { rememberSavedProfile } from './remember-saved-profile';

type FormState = {
  name: string;
  provider: StorageProvider;
  region: string;
  /** Which of the region's preset endpoints (public, internal, dual-stack, acceleration). */
  kind: EndpointKind;
  custom: boolean;
  endpoint: string;
  addressing: 'path' | 'virtual-host';
  signatureVersion: 'v1' | 'v4';
  accessKeyId: string;
};

function initialState(profile: ProfileDto | null): FormState {
  if (!profile || profile.provider === 'local-demo') {
    return { name: '', provider: 'oss', region: 'cn-hangzhou', kind: 'public', custom: false, endpoint: '', addressing: 'virtual-host', signatureVersion: 'v4', accessKeyId: '' };
  }
  const kind = presetKindOf(profile.provider, profile.region, profile.endpoint);
  return {
    name: profile.name,
    provider: profile.provider,
    region: profile.region,
    kind: kind ?? 'public',
    custom: kind === undefined,
    endpoint: profile.endpoint,
    addressing: profile.addressing,
    signatureVersion: profile.signatureVersion,
    accessKeyId: profile.accessKeyId,
  };
}

export function ProfileForm({ profile, onSaved }: { profile: ProfileDto | null; onSaved: (profile: ProfileDto) => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const id = useId();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState<FormState>(() => initialState(profile));
  // The secret input is uncontrolled: React would mirror a controlled value into the DOM's
  // value attribute. It is read once when saving and cleared as soon as main has it.
  const secretRef = useRef<HTMLInputElement>(null);
  // STS: the token is a secret too (uncontrolled, cleared after save); its expiry is not.
  const tokenRef = useRef<HTMLInputElement>(null);
  const [tokenExpires, setTokenExpires] = useState('');
  const [secretTyped, setSecretTyped] = useState(false);

  const save = useMutation({
    mutationFn: (acceptInsecureStorage: boolean) => {
      const input: ProfileInput = {
        id: profile?.id,
        name: form.name,
        provider: form.provider,
        region: form.region.trim(),
        endpoint: form.custom ? form.endpoint.trim() : presetEndpoint(form.provider, form.region, form.kind),
        addressing: form.addressing,
        signatureVersion: form.provider === 'oss' ? form.signatureVersion : 'v4',
        accessKeyId: form.accessKeyId,
        accessKeySecret: secretRef.current?.value || undefined,
        acceptInsecureStorage,
      };
      const token = tokenRef.current?.value.trim();
      if (token && input.accessKeySecret) {
        input.securityToken = token;
        const expires = tokenExpires ? new Date(tokenExpires) : undefined;
        if (expires && !Number.isNaN(expires.getTime())) input.securityTokenExpiresAt = expires.toISOString();
      }
      return call('saveProfile', input);
    },
    onSuccess: (saved) => {
      if (secretRef.current) secretRef.current.value = '';
      if (tokenRef.current) tokenRef.current.value = '';
      setSecretTyped(false);
      rememberSavedProfile(qc, saved);
      onSaved(saved);
    },
  });
  const askInsecureConsent = needsInsecureConsent(save.error);

  // Optional: keys without ListBuckets permission can still be tested by HEADing one bucket.
  const [testBucket, setTestBucket] = useState('');
  const test = useMutation({
    mutationFn: (profileId: string) => {
      const bucket = testBucket.trim();
      return call('testProfile', bucket ? { id: profileId, bucket } : { id: profileId });
    },
  });
  /** Any edit makes earlier save and test results stale: they describe the form as it was. */
  const forgetResults = () => {
    save.reset();
    test.reset();
  };
  const set = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    forgetResults();
  };

  const endpointInvalid = form.custom && form.endpoint.trim() !== '' && endpointHost(form.endpoint) === '';
  // Save is disabled until these are filled in; the hint beside it names them.
  const missingFields = [
    !form.name.trim() && t('profiles.name'),
    form.custom && !form.endpoint.trim() && t('profiles.endpoint'),
    !form.accessKeyId.trim() && t('profiles.accessKeyId'),
    !profile && !secretTyped && t('profiles.accessKeySecret'),
  ].filter((label): label is string => Boolean(label));
  const missing = missingFields.length > 0 || endpointInvalid;
  const field = (name: string) => `${id}-${name}`;
  // A profile file left alone at startup (unreadable, from a newer version) refuses every write.
  const saveFailureReason = (error: unknown) =>
    error instanceof ApiError && error.details?.leftAlone ? t('profiles.notice.saveRefused', { path: error.details.leftAlone }) : errorMessage(error);
  const testFailureReason = (error: unknown) =>
    error instanceof ApiError && error.details?.hint === 'bucket' ? t('profiles.testBucketMissing', { bucket: error.details.bucket ?? '' }) : errorMessage(error);

  return (
    <form
      className="profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!missing) save.mutate(false);
      }}
    >
      <div className="field">
        <label htmlFor={field('name')}>{t('profiles.name')}</label>
        <input id={field('name')} value={form.name} onChange={(e) => set({ name: e.target.value })} data-autofocus />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={field('provider')}>{t('profiles.provider')}</label>
          <select id={field('provider')} value={form.provider} disabled={Boolean(profile)} onChange={(e) => {
            const provider = e.target.value as StorageProvider;
            set({ provider, region: REGION_PRESETS[provider][0] ?? '', kind: 'public', custom: false });
          }}>
            <option value="oss">{t('provider.oss')}</option>
            <option value="bos">{t('provider.bos')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('region')}>{t('profiles.region')}</label>
          <select id={field('region')} value={form.custom ? '' : form.region} onChange={(e) => {
            const region = e.target.value;
            // A kind the new region lacks (dual-stack in some OSS regions) falls back to public.
            if (region) set({ region, custom: false, kind: endpointKinds(form.provider, region).includes(form.kind) ? form.kind : 'public' });
            else set({ custom: true, endpoint: form.endpoint || presetEndpoint(form.provider, form.region, form.kind) });
          }}>
            {REGION_PRESETS[form.provider].map((r) => (
              <option key={r} value={r}>{regionLabel(form.provider, r, i18n.language)}</option>
            ))}
            <option value="">{t('profiles.customEndpoint')}</option>
          </select>
        </div>
      </div>
      {!form.custom && endpointKinds(form.provider, form.region).length > 1 && (
        <div className="field">
          <label htmlFor={field('kind')}>{t('profiles.endpointKind')}</label>
          <select id={field('kind')} value={form.kind} aria-describedby={field('kind-host')} onChange={(e) => set({ kind: e.target.value as EndpointKind })}>
            {endpointKinds(form.provider, form.region).map((kind) => (
              <option key={kind} value={kind}>{t(`profiles.endpointKinds.${kind}`)}</option>
            ))}
          </select>
          <p id={field('kind-host')} className="hint">{endpointHost(presetEndpoint(form.provider, form.region, form.kind))}</p>
        </div>
      )}
      {form.custom && (
        <div className="field-row">
          <div className="field grow">
            <label htmlFor={field('endpoint')}>{t('profiles.endpoint')}</label>
            <input
              id={field('endpoint')}
              value={form.endpoint}
              placeholder="https://"
              aria-invalid={endpointInvalid || undefined}
              aria-describedby={endpointInvalid ? field('endpoint-error') : undefined}
              onChange={(e) => set({ endpoint: e.target.value })}
            />
            {endpointInvalid && (
              <p id={field('endpoint-error')} className="field-error" role="alert">
                {t('profiles.endpointInvalid')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={field('customRegion')}>{t('profiles.regionId')}</label>
            <input id={field('customRegion')} value={form.region} onChange={(e) => set({ region: e.target.value })} />
          </div>
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={field('addressing')}>{t('profiles.addressing')}</label>
          <select id={field('addressing')} value={form.addressing} onChange={(e) => set({ addressing: e.target.value as FormState['addressing'] })}>
            <option value="virtual-host">{t('profiles.virtualHost')}</option>
            <option value="path">{t('profiles.pathStyle')}</option>
          </select>
        </div>
        {form.provider === 'oss' && (
          <div className="field">
            <label htmlFor={field('signature')}>{t('profiles.signature')}</label>
            <select id={field('signature')} value={form.signatureVersion} onChange={(e) => set({ signatureVersion: e.target.value as FormState['signatureVersion'] })}>
              <option value="v4">{t('profiles.signatureV4')}</option>
              <option value="v1">{t('profiles.signatureV1')}</option>
            </select>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={field('akid')}>{t('profiles.accessKeyId')}</label>
        <input id={field('akid')} value={form.accessKeyId} autoComplete="off" spellCheck={false} onChange={(e) => set({ accessKeyId: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={field('secret')}>{t('profiles.accessKeySecret')}</label>
        <input
          id={field('secret')}
          type="password"
          ref={secretRef}
          defaultValue=""
          autoComplete="new-password"
          placeholder={profile?.hasSecret ? t('profiles.secretKeep') : ''}
          onChange={(e) => {
            setSecretTyped(e.target.value.length > 0);
            forgetResults();
          }}
        />
      </div>
      <div className="field-row">
        <div className="field grow">
          <label htmlFor={field('token')}>{t('profiles.securityToken')}</label>
          <input id={field('token')} type="password" ref={tokenRef} defaultValue="" autoComplete="off" spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor={field('tokenExpires')}>{t('profiles.securityTokenExpires')}</label>
          <input id={field('tokenExpires')} type="datetime-local" value={tokenExpires} onChange={(e) => setTokenExpires(e.target.value)} />
        </div>
      </div>
      {profile && <TokenStatus profile={profile} />}
      {profile && <CustomDomainList profile={profile} />}
      {profile && (
        <div className="field">
          <label htmlFor={field('testBucket')}>{t('profiles.testBucket')}</label>
          <input id={field('testBucket')} value={testBucket} autoComplete="off" spellCheck={false} onChange={(e) => {
              setTestBucket(e.target.value);
              test.reset();
            }} />
        </div>
      )}
      {askInsecureConsent && <InsecureStorageConsent onAccept={() => save.mutate(true)} />}
      {save.isError && !askInsecureConsent && <p className="field-error" role="alert">{saveFailureReason(save.error)}</p>}
      {profile?.insecureStorage && <p className="hint">{t('profiles.storedInsecurely')}</p>}
      {test.isSuccess && (
        <p className="notice notice-ok" role="status">
          {test.data.bucket ? t('profiles.testOkBucket', { bucket: test.data.bucket, count: test.data.bucketCount }) : t('profiles.testOk', { count: test.data.bucketCount })}
        </p>
      )}
      {test.isError && (
        <>
          <p className="field-error" role="alert">{t('profiles.testFailed', { reason: testFailureReason(test.error) })}</p>
          <ErrorDetails error={test.error} />
        </>
      )}
      <div className="dialog-actions">
        {profile && (
          <button type="button" className="button" disabled={test.isPending} onClick={() => test.mutate(profile.id)}>
            {test.isPending ? t('profiles.testing') : t('profiles.test')}
          </button>
        )}
        {profile && <RemoveProfileButton profile={profile} />}
        <span className="toolbar-spacer" />
        {missingFields.length > 0 && (
          <span id={field('missing')} className="hint">
            {t('profiles.missingFields', { fields: missingFields.join(t('common.listSeparator')) })}
          </span>
        )}
        <button type="submit" className="button primary" disabled={missing || save.isPending} aria-describedby={missingFields.length > 0 ? field('missing') : undefined}>
          {t('profiles.save')}
        </button>
      </div>
    </form>
  );
}

/** When the stored STS token expires (or that it has): the reason a profile suddenly fails. */
function TokenStatus({ profile }: { profile: ProfileDto }) {
  const { t, i18n } = useTranslation();
  if (!profile.hasSecurityToken) return null;
  if (!profile.securityTokenExpiresAt) return <p className="hint">{t('profiles.tokenStored')}</p>;
  const at = new Date(profile.securityTokenExpiresAt);
  const time = formatDate(profile.securityTokenExpiresAt, i18n.language);
  return at.getTime() <= Date.now() ? (
    <p className="field-error" role="alert">{t('profiles.tokenExpired', { time })}</p>
  ) : (
    <p className="hint">{t('profiles.tokenExpiresAt', { time })}</p>
  );
}

/**
 * Bucket -> custom domain bindings (OSS and BOS both serve a bucket's data through a domain bound
 * to it): each removable, new ones added here or from a PublicEndpointForbidden error.
 */
function CustomDomainList({ profile }: { profile: ProfileDto }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const id = useId();
  const errorMessage = useErrorMessage();
  const [bucket, setBucket] = useState('');
  const [domain, setDomain] = useState('');
  const bind = useMutation({
    mutationFn: (binding: { bucket: string; domain: string }) => call('setCustomDomain', { id: profile.id, ...binding }),
    onSuccess: (saved, binding) => {
      rememberSavedProfile(qc, saved);
      if (binding.domain) {
        setBucket('');
        setDomain('');
      }
    },
  });
  const entries = Object.entries(profile.customDomains ?? {});
  const ready = bucket.trim() !== '' && domain.trim() !== '';
  return (
    <fieldset className="custom-domains">
      <legend>{t('profiles.customDomains')}</legend>
      {entries.length > 0 && (
        <ul>
          {entries.map(([b, d]) => (
            <li key={b}>
              <span>{t('profiles.customDomainRow', { bucket: b, domain: d })}</span>
              <button type="button" className="icon-button" aria-label={t('profiles.removeCustomDomain', { bucket: b })} disabled={bind.isPending} onClick={() => bind.mutate({ bucket: b, domain: '' })}>
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-bucket`}>{t('profiles.customDomainBucket')}</label>
          <input id={`${id}-bucket`} value={bucket} autoComplete="off" spellCheck={false} onChange={(e) => setBucket(e.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-domain`}>{t('profiles.customDomainHost')}</label>
          <input id={`${id}-domain`} value={domain} placeholder={t('customDomain.placeholder')} autoComplete="off" spellCheck={false} onChange={(e) => setDomain(e.target.value)} />
        </div>
        <button type="button" className="button" disabled={!ready || bind.isPending} onClick={() => bind.mutate({ bucket: bucket.trim(), domain: domain.trim() })}>
          {t('profiles.addCustomDomain')}
        </button>
      </div>
      <p className="hint">{t('profiles.customDomainHint')}</p>
      {bind.isError && <p className="field-error" role="alert">{t('customDomain.failed', { reason: errorMessage(bind.error) })}</p>}
    </fieldset>
  );
}

function RemoveProfileButton({ profile }: { profile: ProfileDto }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => call('removeProfile', { id: profile.id }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.profiles });
      qc.removeQueries({ queryKey: queryKeys.buckets(profile.id) });
      qc.removeQueries({ queryKey: queryKeys.objectsOfProfile(profile.id) });
      if (useUiStore.getState().profileId === profile.id) useUiStore.setState({ profileId: null, bucket: null, prefix: '' });
    },
  });
  if (!confirming) {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('profiles.remove')}
      </button>
    );
  }
  return (
    <button type="button" className="button danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
      {t('profiles.confirmRemove', { name: profile.name })}
    </button>
  );
}
