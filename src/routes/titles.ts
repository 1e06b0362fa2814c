import type { Certification } from '@/domain/schema';

/** An exam page's h1 and document title: "AI-102: Azure AI Engineer Associate". */
export function certPageTitle(cert: Pick<Certification, 'code' | 'name'>): string {
  return `${cert.code}: ${cert.name}`;
}
