// Inline SVG icons: no icon fonts, nothing fetched. Decorative, so hidden from assistive tech.
import { type ReactElement } from 'react';

type IconProps = { className?: string };

function Svg({ className, children }: IconProps & { children: ReactElement | ReactElement[] }): ReactElement {
  return (
    <svg className={`icon ${className ?? ''}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const FolderIcon = (p: IconProps) => (
  <Svg className={`icon-folder ${p.className ?? ''}`}>
    <path d="M1.5 3.5A1 1 0 0 1 2.5 2.5h3.6l1.5 1.5h5.9a1 1 0 0 1 1 1v7.5a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1z" fill="currentColor" />
  </Svg>
);

export const FileIcon = (p: IconProps) => (
  <Svg className={`icon-file ${p.className ?? ''}`}>
    <path d="M3.5 1.5h6l3 3v10h-9z" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
    <path d="M9.5 1.5v3h3" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
  </Svg>
);

export const LinkIcon = (p: IconProps) => (
  <Svg className={`icon-link ${p.className ?? ''}`}>
    <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.3-2.3a2.6 2.6 0 0 0-3.7-3.7l-1 1" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    <path d="M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.2 9.1a2.6 2.6 0 0 0 3.7 3.7l1-1" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
  </Svg>
);

export const BucketIcon = (p: IconProps) => (
  <Svg className={`icon-bucket ${p.className ?? ''}`}>
    <ellipse cx="8" cy="4" rx="5.5" ry="2" fill="none" stroke="currentColor" strokeWidth="1.3" />
    <path d="M2.5 4l1.3 9a4.2 1.5 0 0 0 8.4 0l1.3-9" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
  </Svg>
);

export const ProfileIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="M2 5.5 8 2l6 3.5v5L8 14l-6-3.5z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
    <path d="M2 5.5 8 9l6-3.5M8 9v5" fill="none" stroke="currentColor" strokeWidth="1.3" />
  </Svg>
);

export const ChevronIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="m6 3.5 4.5 4.5L6 12.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  </Svg>
);

export const ArrowIcon = (p: IconProps & { up: boolean }) => (
  <Svg className={p.className}>
    <path d={p.up ? 'M8 3.5v9M4.5 7 8 3.5 11.5 7' : 'M8 12.5v-9M4.5 9 8 12.5 11.5 9'} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  </Svg>
);

export const WarningIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="M8 1.8 15 14H1z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
    <path d="M8 6v4M8 11.6v.4" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
  </Svg>
);

export const RefreshIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  </Svg>
);

export const GearIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <circle cx="8" cy="8" r="2.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
  </Svg>
);

export const SearchIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <circle cx="7" cy="7" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <path d="m10.2 10.2 3.8 3.8" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
  </Svg>
);

export const PlusIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="M8 3v10M3 8h10" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
  </Svg>
);

export const CloseIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="m4 4 8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
  </Svg>
);

export const BackIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </Svg>
);

export const ForwardIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="m6 3 5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </Svg>
);

export const UpIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="M8 13V3M3.5 7.5 8 3l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </Svg>
);

export const TrashIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
  </Svg>
);

export const InfoIcon = (p: IconProps) => (
  <Svg className={p.className}>
    <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" strokeWidth="1.3" />
    <path d="M8 7.2v4M8 4.6v.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
  </Svg>
);
