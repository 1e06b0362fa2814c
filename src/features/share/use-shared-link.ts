import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAppStore } from '@/store/app-store';
import { findExample } from '@/domain/example-profiles';
import { realCatalog } from '@/domain/real-catalog';
import { decodeShareLink } from '@/domain/share-link';
import { todayIso } from '@/store/today';
import {
  readExampleId,
  readShareToken,
  searchWithoutToken,
} from '@/features/share/read-share-token';

/**
 * Opens the plan a share link carries (in memory: the user's own input is untouched) and
 * returns the message to show when the link cannot be used. The token is removed from the
 * address once read, so a reload or a bookmark does not open it again.
 */
export function useSharedLink(): { error: string | null; newer: boolean; dismiss: () => void } {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [newer, setNewer] = useState(false);
  const token = readShareToken(search, hash);
  const exampleId = readExampleId(search);
  // Not cancelled when the address changes (removing the token changes it at once); the ref
  // keeps StrictMode's second effect run from opening the same link twice.
  const handled = useRef<string | null>(null);

  useEffect(() => {
    if (token !== null || exampleId === null || handled.current === exampleId) return;
    handled.current = exampleId;
    void navigate({ pathname, search: searchWithoutToken(search), hash }, { replace: true });
    // Like a link, an example opens after this render (it replaces what the page shows).
    void Promise.resolve(findExample(exampleId, todayIso())).then((example) => {
      if (!example) {
        setError(`There is no example called “${exampleId}”. Your own plan is unchanged.`);
        return;
      }
      setError(null);
      useAppStore
        .getState()
        .openSharedPlan(example.profile, { kind: 'example', name: example.name }, []);
    });
  }, [token, exampleId, pathname, search, hash, navigate]);

  useEffect(() => {
    if (token === null || handled.current === token) return;
    handled.current = token;
    void navigate({ pathname, search: searchWithoutToken(search), hash: '' }, { replace: true });
    // Like an example, a link opens after this render (it replaces what the page shows).
    void Promise.resolve(token).then((text) => {
      const decoded = decodeShareLink(text, { knownCodes: new Set(realCatalog().byCode.keys()) });
      if (!decoded.ok) {
        setError(decoded.error);
        setNewer(decoded.newer === true);
        // Kept in the address, so the page the update reloads opens the link.
        if (decoded.newer) void navigate({ pathname, search, hash }, { replace: true });
        return;
      }
      setError(null);
      useAppStore.getState().openSharedPlan(decoded.value, decoded.extras, decoded.warnings);
    });
  }, [token, pathname, search, hash, navigate]);

  return { error, newer: error !== null && newer, dismiss: () => setError(null) };
}
