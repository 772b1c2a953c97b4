/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (parsing the real fixture workbook) needs uuid's CommonJS build; jsdom's "browser" condition picks ESM.
import { configure, act, fireEvent, render, screen } from '@testing-library/react';
import * as React from 'react';
import { DataError } from '../../../src/data/DataError';
import { IImportIssue, IImportOutcome } from '../../../src/data/issues';
import { uiStrings } from '../../../src/ui/uiStrings';
import { ImportPanel } from '../../../src/webparts/issueRegister/components/ImportPanel';
import { readWorkbook } from '../../../src/webparts/issueRegister/xlsx';
import { buildIssueWorkbook } from '../../fixtures/issues/issueWorkbook';
import { locStrings } from './locStrings';

const NOW = new Date('2026-05-01T10:00:00+09:00');
const OWNERS: Record<string, { id: number; title: string } | undefined> = {
  'tanaka.sho@midori-systems.example': { id: 6, title: '田中 翔' },
  '鈴木 一郎': { id: 4, title: '鈴木 一郎' },
  'sato.hanako@midoriku.example': { id: 2, title: '佐藤 花子' }
};

async function renderWithFixture(importIssues: (rows: ReadonlyArray<IImportIssue>) => Promise<IImportOutcome>) {
  const onImported = jest.fn();
  const { container } = render(
    <ImportPanel
      isOpen={true}
      locale="ja"
      strings={locStrings('ja-jp')}
      ui={uiStrings('ja')}
      now={() => NOW}
      readWorkbook={readWorkbook}
      resolveUsers={async (texts) => {
        const out: Record<string, { id: number; title: string } | undefined> = {};
        for (const t of texts) out[t] = OWNERS[t];
        return out;
      }}
      loadSystems={async () => []}
      importIssues={importIssues}
      onDismiss={() => undefined}
      onImported={onImported}
    />
  );
  const data = await buildIssueWorkbook();
  const file = new File([new Uint8Array(data as ArrayBuffer)], '課題管理一覧.xlsx');
  const input = (container.ownerDocument.querySelector('input[type=file]') as HTMLInputElement);
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  return { onImported };
}

// Loading exceljs and parsing the workbook takes seconds on the shared test machine.
jest.setTimeout(30000);
// findBy* waits longer than the default second when other suites load the machine.
configure({ asyncUtilTimeout: 5000 });

describe('ImportPanel (Excel から取り込み)', () => {
  test('says what "nothing half-imported" means, previews every row with its reason, then imports the good rows', async () => {
    const imported: IImportIssue[][] = [];
    const { onImported } = await renderWithFixture(async (rows) => {
      imported.push(rows.slice());
      return { created: [11, 12, 13], leftBehind: [] };
    });
    expect(screen.getByText(/一部の行だけが登録された状態にはなりません/)).toBeTruthy();
    expect(await screen.findByText('プレビュー: 取り込む行 3 件、取り込まない行 4 件')).toBeTruthy();
    expect(screen.getByText('取り込まない: 担当者を入力してください。')).toBeTruthy();
    expect(screen.getByText('取り込まない: 3行目と件名が重複しています。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '3 件を取り込む' }));
    });
    expect(await screen.findByText('3 件を取り込みました。取り込まなかった行 4 件は、修正して再度取り込んでください。')).toBeTruthy();
    expect(imported[0].map((r) => r.title)).toEqual(['帳票出力が遅い', '庁内回線の瞬断', 'VDIログイン不可の端末がある']);
    expect(onImported).toHaveBeenCalled();
  });

  test('a write that failed and was rolled back is reported as "nothing imported"', async () => {
    await renderWithFixture(async () => ({ created: [], leftBehind: [], failure: new DataError({ kind: 'throttled', status: 503 }) }));
    await screen.findByText('プレビュー: 取り込む行 3 件、取り込まない行 4 件');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '3 件を取り込む' }));
    });
    expect(await screen.findByText('登録中にエラーが発生したため、取り込みを取り消しました（登録された課題はありません）。')).toBeTruthy();
  });
});
