// What happened at startup to profiles.json / vault.json (repaired, unreadable, from a newer
// version), shown at the top of the profiles panel so that no profile vanishes without a word.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../translation';
import { type StoreNotice } from '../../contract';
import { WarningIcon } from '../../components/icons';
import { storeNoticesOptions } from '../../queries/profiles';

/** The file's own name (profiles.json, vault.json): the full path follows in the sentence. */
const fileName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

function NoticeText({ notice }: { notice: StoreNotice }) {
  const { t } = useTranslation();
  const values = { file: fileName(notice.path), path: notice.path, reason: notice.reason, backup: notice.backupPath ?? '' };
  switch (notice.kind) {
    case 'repaired':
      return <p>{t('profiles.notice.repaired', values)}</p>;
    case 'unreadable':
      return <p>{t('profiles.notice.unreadable', values)}</p>;
    case 'newer-version':
      return <p>{t('profiles.notice.newerVersion', values)}</p>;
  }
}

export function StoreNotices() {
  const { t } = useTranslation();
  const notices = useQuery(storeNoticesOptions()).data ?? [];
  if (notices.length === 0) return null;
  return (
    <section className="store-notices" aria-label={t('profiles.notice.label')}>
      {notices.map((notice) => (
        <div key={notice.path} className="notice notice-warning" role="alert">
          <div className="notice-head">
            <WarningIcon />
            <NoticeText notice={notice} />
          </div>
          {notice.setAside.length > 0 && (
            <>
              <p>{t('profiles.notice.setAside', { count: notice.setAside.length })}</p>
              <ul className="notice-list">
                {notice.setAside.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
