import { useRef, type MouseEvent } from 'react';
import { Link, Outlet } from 'react-router';
import { ShareBanner } from '@/features/share/share-banner';
import { SiteFooter } from '@/app/site-footer';
import { SiteNav } from '@/app/site-nav';
import { StorageNotice } from '@/app/storage-notice';
import { UpdateBanner } from '@/app/update-banner';
import { ThemeSelect } from '@/app/theme-select';
import { useRouteFocus } from '@/app/use-route-focus';
import { useApplyTheme } from '@/app/use-theme';
import './shell.css';

/** The frame around every page: skip link, header and nav, <main>, footer. */
export function Shell() {
  useApplyTheme();
  const main = useRef<HTMLElement>(null);
  const announcement = useRouteFocus(main);

  // Focus main directly: a hash change would be a router navigation and scroll oddly.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
    main.current?.scrollIntoView?.();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <svg
              className="brand-mark"
              viewBox="0 0 24 24"
              width="26"
              height="26"
              aria-hidden="true"
            >
              <circle cx="5" cy="18" r="3" />
              <circle cx="12" cy="9" r="3" />
              <circle cx="19" cy="5" r="3" />
              <path d="M6.8 15.6L10.2 11.4M14.6 7.6L16.6 6.3" />
            </svg>
            Certpath
          </Link>
          <SiteNav />
          <ThemeSelect />
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <UpdateBanner />
        <StorageNotice />
        <ShareBanner />
        <Outlet />
      </main>
      <SiteFooter />
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
