import { configure, screen, waitFor, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateStore, useAppStore } from '@/store/app-store';
import { renderApp } from './render-app';

// Pages load lazily; give a busy machine time to import them.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => {
  act(() => {
    useAppStore.setState({ theme: 'system' });
  });
  document.documentElement.removeAttribute('data-theme');
});

describe('theme', () => {
  it('follows the system until the user picks one, then sets html[data-theme]', async () => {
    const user = userEvent.setup();
    renderApp('/certs');
    const select = await screen.findByRole('combobox', { name: 'Theme' });
    expect(select).toHaveValue('system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');

    await user.selectOptions(select, 'Dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    await user.selectOptions(select, 'Light');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
    await user.selectOptions(select, 'System');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('remembers the choice across a reload', async () => {
    const user = userEvent.setup();
    const first = renderApp('/certs');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Theme' }), 'Dark');
    const saved = localStorage.getItem('certpath');
    expect(JSON.parse(saved!).state.theme).toBe('dark');
    first.unmount();

    // A "reload": the in-memory state is gone, only what was saved remains.
    act(() => useAppStore.setState({ theme: 'system' }));
    document.documentElement.removeAttribute('data-theme');
    localStorage.setItem('certpath', saved!);
    await act(() => hydrateStore());

    renderApp('/certs');
    expect(await screen.findByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-theme', 'dark'));
  });
});
