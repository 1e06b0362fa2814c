import { formatUsdRange } from '@/lib/format';
import { SourceLink } from '@/ui/source-link';
import type { Catalog } from '@/domain/catalog-model';
import { bandInRegion } from '@/domain/salary';
import type { Profile, Region, RegionId } from '@/domain/schema';

interface RegionBandsProps {
  catalog: Catalog;
  /** Regions with the user's hub premium applied. */
  regions: readonly Region[];
  profile: Pick<Profile, 'region' | 'targetRole'>;
}

const yearsText = (n: number) => (n === 0 ? 'Under the first level' : `${n}+ years`);

/**
 * Every pay level the projections use, with the relevant experience it starts at, in the chosen
 * region next to the rest of the US (or a tech hub), each with its source.
 */
export function RegionBands({ catalog, regions, profile }: RegionBandsProps) {
  const region = regions.find((r) => r.id === profile.region);
  const otherId: RegionId = profile.region === 'us-other' ? 'us-hub' : 'us-other';
  const other = regions.find((r) => r.id === otherId);
  if (!region || !other) return null;
  const pct = (m: number) => `${Math.round((m - 1) * 100)}%`;
  const premium =
    region.multiplier.min === 1 && region.multiplier.max === 1
      ? 'the US bands unchanged'
      : `${pct(region.multiplier.min)}–${pct(region.multiplier.max)} above the US bands`;
  const levels = [
    ...catalog.entryBands.map((b) => ({
      id: b.id,
      name: b.label,
      experience: b.basis,
      years: 0,
      band: b.salaryUsd,
      sourceId: b.salaryUsd.source,
      yearsSourceId: null as string | null,
    })),
    ...catalog.roles.map((r) => ({
      id: r.id,
      name: r.name,
      experience: r.experience.label,
      years: r.experience.minYears,
      band: r.salaryUsd,
      sourceId: r.salaryUsd.source,
      yearsSourceId: r.experience.source === r.salaryUsd.source ? null : r.experience.source,
    })),
  ];

  return (
    <section className="card below-fold salary-bands" aria-labelledby="bands-heading">
      <h2 id="bands-heading">Pay levels and where they come from</h2>
      <p className="muted">
        A level applies from the years of relevant experience shown; below a role&rsquo;s level you
        are paid at the level you have reached. {region.name}: {premium}. {region.note}
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable on a phone */}
      <div className="table-scroll" role="region" aria-label="Pay levels" tabIndex={0}>
        <table>
          <caption>Pay levels (USD a year, before tax)</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">From</th>
              <th scope="col">{region.name}</th>
              <th scope="col">{other.name}</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => (
              <tr key={level.id}>
                <th scope="row">
                  {level.name}
                  <small className="salary-cell-note">{level.experience}</small>
                </th>
                <td>
                  {yearsText(level.years)}
                  {level.yearsSourceId && (
                    <small className="salary-cell-note">
                      <SourceLink sourceId={level.yearsSourceId} catalog={catalog} />
                    </small>
                  )}
                </td>
                <td>{formatUsdRange(bandInRegion(level.band, region))}</td>
                <td>{formatUsdRange(bandInRegion(level.band, other))}</td>
                <td>
                  <SourceLink sourceId={level.sourceId} catalog={catalog} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
