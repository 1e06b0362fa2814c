import { useLayoutEffect } from 'react';
import { useAppStore } from '@/store/app-store';
import type { Theme } from '@/store/ui-slice';

/** Puts the theme on <html data-theme>; "system" removes it so tokens.css follows the OS. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement) {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

/** Keeps <html data-theme> in step with the remembered theme (before paint: no flash). */
export function useApplyTheme() {
  const theme = useAppStore((s) => s.theme);
  useLayoutEffect(() => applyTheme(theme), [theme]);
}
