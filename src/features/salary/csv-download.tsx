import type { ProjectedPath } from '@/domain/compare';
import { projectionCsv } from '@/domain/projection-csv';

interface CsvDownloadProps {
  paths: readonly ProjectedPath[];
  fileName?: string;
}

/** Saves the chart's data as CSV, built in the browser from a Blob (nothing is sent anywhere). */
export function CsvDownload({
  paths,
  fileName = 'certpath-salary-projection.csv',
}: CsvDownloadProps) {
  function download() {
    // The BOM lets spreadsheet apps read the file as UTF-8.
    const blob = new Blob(['\ufeff', projectionCsv(paths)], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke after the browser has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return (
    <button type="button" className="button" onClick={download}>
      Download CSV
    </button>
  );
}
