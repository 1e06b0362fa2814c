import { onTestFinished, vi } from 'vitest';
import { useAppStore } from '@/store/app-store';

/**
 * For one test, a browser that stores nothing (private mode, storage full): every write
 * throws and the store says saving is off. Both are undone when the test ends.
 */
export function refuseStorage(): void {
  const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  useAppStore.setState({ savingOff: true });
  onTestFinished(() => {
    refuse.mockRestore();
    useAppStore.setState({ savingOff: false });
  });
}
