import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoredDataSection } from '@/features/scenarios/stored-data-section';
import { defaultProfile } from '@/domain/schema';
import { STORE_NAME, hydrateStore, useAppStore } from '@/store/app-store';
import { keepBackup } from '@/store/backups';
import { STORE_VERSION } from '@/store/store-version';

const plan = (name: string) => ({
  id: name,
  name,
  profile: defaultProfile('2026-03-02'),
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
});
const entry = (names: string[]) =>
  JSON.stringify({ version: STORE_VERSION, state: { savedPlans: names.map(plan) } });

function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

beforeEach(async () => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  localStorage.setItem(STORE_NAME, entry(['Now']));
  await hydrateStore();
});

describe('Stored data', () => {
  it('says when nothing was kept aside', () => {
    render(<StoredDataSection />);
    expect(screen.getByText(/No copies kept aside/)).toBeInTheDocument();
  });

  it('lists each copy with its date and reason, and downloads it exactly as it was', async () => {
    const text = entry(['Earlier']);
    keepBackup(localStorage, STORE_NAME, text, 'it could not be read', '2026-11-30T08:15:00.000Z');
    const downloads = captureDownloads();
    render(<StoredDataSection />);
    const item = within(screen.getByRole('list', { name: 'Copies kept aside' })).getByRole(
      'listitem',
    );
    expect(item).toHaveTextContent('30 Nov 2026 at 08:15 UTC: it could not be read');
    await userEvent.setup().click(within(item).getByRole('button', { name: /^Download/ }));
    expect(await downloads.blobs[0]!.text()).toBe(text);
    expect(downloads.names[0]).toMatch(/^certpath-backup-.*\.json$/);
  });

  it('restores a copy and keeps the current data aside too', async () => {
    keepBackup(
      localStorage,
      STORE_NAME,
      entry(['Earlier']),
      'repaired',
      '2026-11-30T08:15:00.000Z',
    );
    const user = userEvent.setup();
    render(<StoredDataSection />);
    await user.click(screen.getByRole('button', { name: /^Restore the copy of 30 Nov 2026/ }));
    expect(await screen.findByText(/Restored the copy/)).toBeInTheDocument();
    expect(useAppStore.getState().savedPlans.map((p) => p.name)).toEqual(['Earlier']);
    const items = within(screen.getByRole('list', { name: 'Copies kept aside' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent('replaced by a restored copy');
  });

  it('deletes a copy only after a second, explicit click', async () => {
    keepBackup(
      localStorage,
      STORE_NAME,
      entry(['Earlier']),
      'repaired',
      '2026-11-30T08:15:00.000Z',
    );
    const user = userEvent.setup();
    render(<StoredDataSection />);
    await user.click(screen.getByRole('button', { name: /^Delete…/ }));
    expect(screen.getByRole('list', { name: 'Copies kept aside' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText(/No copies kept aside/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted the copy.');
  });
});
