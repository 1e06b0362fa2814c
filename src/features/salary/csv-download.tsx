import type { ProjectedPath } from '@/domain/compare';
import { projectionCsv } from '@/domain/projection-csv';
import { downloadFile } from '@/lib/download';

interface CsvDownloadProps {
  paths: readonly ProjectedPath[];
  fileName?: string;
}

/** Saves the chart's data as CSV, built in the browser from a Blob (nothing is sent anywhere). */
export function CsvDownload({
  paths,
  fileName = 'certpath-salary-projection.csv',
}: CsvDownloadProps) {
  // The BOM lets spreadsheet apps read the file as UTF-8.
  const download = () =>
    downloadFile(fileName, ['\ufeff', projectionCsv(paths)], 'text/csv;charset=utf-8');
  return (
    <button type="button" className="button" onClick={download}>
      Download CSV
    </button>
  );
}
