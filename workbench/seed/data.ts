/**
 * Demo data of みどり区 (fictional): the ward's business systems, the two ASP vendors' services, FAQ,
 * documents, issues and inquiries in every state. Plain data; `seed.ts` writes it through the real PnPjs
 * client as the person who would have written it. Times are offsets from the moment of seeding, so "overdue"
 * stays overdue whenever the demo is started fresh.
 */

/** Vendor keys of provisioning/config/demo.site.json. */
export const VENDOR_A = 'midori-systems';
export const VENDOR_B = 'sakura-its';

export interface ISeedSystem {
  code: string;
  title: string;
  owningDepartment: string;
  vendorKey: string;
  operator: string;
  area: 'shared' | 'dedicated';
}

export const SYSTEMS: ISeedSystem[] = [
  { code: 'JUMIN', title: '住民記録システム', owningDepartment: '住民課', vendorKey: VENDOR_A, operator: 'みどりシステムズ株式会社 運用センター', area: 'shared' },
  { code: 'ZEIMU', title: '税務システム（個人住民税）', owningDepartment: '税務課', vendorKey: VENDOR_B, operator: 'さくらITサービス株式会社 運用部', area: 'shared' },
  { code: 'FUKUSHI', title: '福祉システム（障害者福祉）', owningDepartment: '障害福祉課', vendorKey: VENDOR_A, operator: 'みどりシステムズ株式会社 運用センター', area: 'shared' },
  { code: 'KOKUHO', title: '国民健康保険システム', owningDepartment: '国保年金課', vendorKey: VENDOR_B, operator: 'さくらITサービス株式会社 運用部', area: 'shared' },
  { code: 'KAIGO', title: '介護保険システム', owningDepartment: '介護保険課', vendorKey: VENDOR_A, operator: 'みどりシステムズ株式会社 運用センター', area: 'shared' },
  { code: 'JIDO', title: '児童手当システム', owningDepartment: '子育て支援課', vendorKey: VENDOR_B, operator: 'さくらITサービス株式会社 運用部', area: 'shared' },
  { code: 'SEIHO', title: '生活保護システム', owningDepartment: '生活福祉課', vendorKey: VENDOR_A, operator: 'みどりシステムズ株式会社 運用センター', area: 'dedicated' },
  { code: 'GAKUJI', title: '就学事務システム', owningDepartment: '学務課', vendorKey: VENDOR_B, operator: 'さくらITサービス株式会社 運用部', area: 'dedicated' },
];

export interface ISeedService {
  code: string;
  title: string;
  category: string;
  summary: string;
  system?: string;
  providerKind: 'asp' | 'operator' | 'ictCenter';
  providerName: string;
  vendorKey?: string;
  /** directory key of the service owner */
  owner: string;
  audience: string;
  requestFlow: string;
  firstResponseMinutes: number;
  resolutionMinutes?: number;
  lifecycle: 'planned' | 'active' | 'retiring' | 'retired';
}

export const SERVICES: ISeedService[] = [
  {
    code: 'SV-JUMIN-01', title: '住民記録システム 操作支援', category: '業務システム支援', system: 'JUMIN',
    summary: '住民記録システムの操作方法、帳票出力、エラーメッセージに関する問い合わせを受け付けます。',
    providerKind: 'asp', providerName: 'みどりシステムズ株式会社', vendorKey: VENDOR_A, owner: 'vendorA', audience: '住民課・各出張所の職員',
    requestFlow: '<p>このサービスから「問い合わせる」を選び、画面名と操作手順を記入してください。</p>', firstResponseMinutes: 240, resolutionMinutes: 1440, lifecycle: 'active',
  },
  {
    code: 'SV-ZEIMU-01', title: '税務システム 操作支援', category: '業務システム支援', system: 'ZEIMU',
    summary: '個人住民税の賦課・更正処理、税額通知書の出力に関する問い合わせを受け付けます。',
    providerKind: 'asp', providerName: 'さくらITサービス株式会社', vendorKey: VENDOR_B, owner: 'vendorB', audience: '税務課の職員',
    requestFlow: '<p>対象年度と処理名を記入してください。個人番号は記入しないでください。</p>', firstResponseMinutes: 240, resolutionMinutes: 1440, lifecycle: 'active',
  },
  {
    code: 'SV-FUKUSHI-01', title: '福祉システム 障害・不具合受付', category: '障害受付', system: 'FUKUSHI',
    summary: '福祉システムの障害・不具合の受付と一次切り分けを行います。',
    providerKind: 'asp', providerName: 'みどりシステムズ株式会社', vendorKey: VENDOR_A, owner: 'vendorA', audience: '障害福祉課の職員',
    requestFlow: '<p>発生日時・画面・エラー内容を記入してください。業務に影響がある場合は電話でも連絡してください。</p>', firstResponseMinutes: 60, resolutionMinutes: 480, lifecycle: 'active',
  },
  {
    code: 'SV-KOKUHO-01', title: '国民健康保険システム 帳票・一括処理', category: '業務システム支援', system: 'KOKUHO',
    summary: '保険料の一括処理、納入通知書などの帳票出力の依頼・問い合わせを受け付けます。',
    providerKind: 'asp', providerName: 'さくらITサービス株式会社', vendorKey: VENDOR_B, owner: 'vendorB', audience: '国保年金課の職員',
    requestFlow: '<p>一括処理の依頼は実施希望日の5開庁日前までにお願いします。</p>', firstResponseMinutes: 240, lifecycle: 'active',
  },
  {
    code: 'SV-ACCT-01', title: '業務システム アカウント申請', category: 'アカウント', 
    summary: '異動・新規採用に伴う業務システムの利用者登録、権限変更、削除を受け付けます。',
    providerKind: 'ictCenter', providerName: 'ICTセンター', owner: 'ict', audience: '全職員（所属長の承認が必要）',
    requestFlow: '<p>所属長の承認を得たうえで、対象システムと必要な権限を記入してください。</p>', firstResponseMinutes: 480, resolutionMinutes: 2400, lifecycle: 'active',
  },
  {
    code: 'SV-VDI-01', title: '仮想端末（VDI）利用支援', category: '端末・ネットワーク',
    summary: '仮想端末へのログイン、印刷、周辺機器の利用に関する問い合わせを受け付けます。',
    providerKind: 'operator', providerName: 'みどりシステムズ株式会社', vendorKey: VENDOR_A, owner: 'vendorA2', audience: '全職員',
    requestFlow: '<p>端末番号と発生時刻を記入してください。</p>', firstResponseMinutes: 120, lifecycle: 'active',
  },
  {
    code: 'SV-KAIGO-02', title: '介護保険システム 旧帳票出力', category: '業務システム支援', system: 'KAIGO',
    summary: '標準化前の旧様式帳票の出力。標準準拠システムへの移行に伴い廃止予定です。',
    providerKind: 'asp', providerName: 'みどりシステムズ株式会社', vendorKey: VENDOR_A, owner: 'vendorA', audience: '介護保険課の職員',
    requestFlow: '<p>新様式で代替できない場合のみ依頼してください。</p>', firstResponseMinutes: 480, lifecycle: 'retiring',
  },
  {
    code: 'SV-GAKUJI-01', title: '就学事務システム 学齢簿更新支援', category: '業務システム支援', system: 'GAKUJI',
    summary: '次年度の学齢簿作成、就学通知の一括出力を支援します（来年度提供予定）。',
    providerKind: 'asp', providerName: 'さくらITサービス株式会社', vendorKey: VENDOR_B, owner: 'vendorB', audience: '学務課の職員',
    requestFlow: '<p>提供開始後に受付を開始します。</p>', firstResponseMinutes: 240, lifecycle: 'planned',
  },
];

export interface ISeedFaq {
  title: string;
  answer: string;
  category: string;
  tags: string;
  system?: string;
  status: 'draft' | 'published' | 'unpublished';
  /** who writes it (vendors draft, the ICT center publishes) */
  author: string;
  owner: string;
  /** the vendor that keeps the entry up: only its group may edit it (FAQ item security); none = the ICT center's */
  vendorKey?: string;
}

export const FAQ: ISeedFaq[] = [
  {
    title: '住民票の写しを印刷すると「帳票サーバに接続できません」と表示される', system: 'JUMIN', category: '帳票・印刷', tags: '住民票,印刷,帳票サーバ',
    answer: '<p>帳票サーバの夜間バッチ中（22:00〜翌6:00）は印刷できません。日中に表示される場合は、仮想端末を再起動してから再度お試しください。解決しない場合は「住民記録システム 操作支援」に問い合わせてください。</p>',
    status: 'published', author: 'vendorA', owner: 'ict', vendorKey: VENDOR_A,
  },
  {
    title: '転入届の入力途中で画面が閉じた場合の確認方法', system: 'JUMIN', category: '操作方法', tags: '転入,異動届,一時保存',
    answer: '<p>入力途中の異動届は「処理中一覧」に一時保存されています。メニューの「異動」→「処理中一覧」から受付番号で検索し、続きから入力してください。</p>',
    status: 'published', author: 'vendorA', owner: 'ict', vendorKey: VENDOR_A,
  },
  {
    title: '税額通知書の再発行手順', system: 'ZEIMU', category: '帳票・印刷', tags: '税額通知書,再発行,個人住民税',
    answer: '<p>「賦課」→「通知書再発行」で対象者と年度を指定して出力します。更正後の再発行は更正処理の確定後に行ってください。</p>',
    status: 'published', author: 'vendorB', owner: 'ict', vendorKey: VENDOR_B,
  },
  {
    title: 'パスワードを忘れた・アカウントがロックされた', category: 'アカウント', tags: 'パスワード,ロック,アカウント',
    answer: '<p>業務システムのパスワード再設定は「業務システム アカウント申請」から依頼してください。本人確認のため、所属と職員番号を記入してください。</p>',
    status: 'published', author: 'ict', owner: 'ict',
  },
  {
    title: '仮想端末（VDI）で印刷できない', category: '端末・ネットワーク', tags: 'VDI,仮想端末,印刷,プリンタ',
    answer: '<p>既定のプリンタが庁舎のフロアのプリンタになっているか確認してください。異動後は「プリンタの追加」から新しいフロアのプリンタを選んでください。</p>',
    status: 'published', author: 'vendorA2', owner: 'ict', vendorKey: VENDOR_A,
  },
  {
    title: '国保の一括処理を依頼できる期限は？', system: 'KOKUHO', category: '依頼・申請', tags: '一括処理,国民健康保険,期限',
    answer: '<p>実施希望日の5開庁日前までに依頼してください。月末・年度末は混み合うため、早めの依頼をお願いします。</p>',
    status: 'published', author: 'vendorB', owner: 'ict', vendorKey: VENDOR_B,
  },
  {
    title: '介護保険の旧様式帳票について（下書き）', system: 'KAIGO', category: '帳票・印刷', tags: '介護保険,旧様式',
    answer: '<p>旧様式帳票は標準準拠システムへの移行後に廃止します。代替の新様式は準備中です。</p>',
    status: 'draft', author: 'vendorA', owner: 'ict', vendorKey: VENDOR_A,
  },
];

export interface ISeedDocument {
  number: string;
  title: string;
  fileName: string;
  docType: 'design' | 'procedure' | 'manual' | 'report' | 'minutes' | 'agreement' | 'other';
  system?: string;
  owner: string;
  status: 'valid' | 'revising' | 'obsolete';
  /** days from today */
  nextReviewInDays?: number;
  updatePending?: boolean;
  vendorKey?: string;
  restricted?: boolean;
}

export const DOCUMENTS: ISeedDocument[] = [
  { number: 'DOC-JUMIN-001', title: '住民記録システム 操作マニュアル（窓口編）', fileName: 'jumin-operation-manual.txt', docType: 'manual', system: 'JUMIN', owner: 'vendorA', status: 'valid', nextReviewInDays: 120, vendorKey: VENDOR_A },
  { number: 'DOC-JUMIN-002', title: '住民記録システム 障害時対応手順書', fileName: 'jumin-incident-procedure.txt', docType: 'procedure', system: 'JUMIN', owner: 'vendorA', status: 'revising', nextReviewInDays: -10, updatePending: true, vendorKey: VENDOR_A },
  { number: 'DOC-ZEIMU-001', title: '税務システム 年次処理手順書', fileName: 'zeimu-annual-procedure.txt', docType: 'procedure', system: 'ZEIMU', owner: 'vendorB', status: 'valid', nextReviewInDays: 60, vendorKey: VENDOR_B },
  { number: 'DOC-COMMON-001', title: 'ガバメントクラウド 共同利用領域 運用管理規程', fileName: 'shared-area-operations-rules.txt', docType: 'agreement', owner: 'ict', status: 'valid', nextReviewInDays: 200 },
  { number: 'DOC-COMMON-002', title: '第3回 運用調整会議 議事録', fileName: 'operations-meeting-03-minutes.txt', docType: 'minutes', owner: 'ict', status: 'valid' },
  { number: 'DOC-ZEIMU-002', title: '税務システム 設計書（さくらITサービス限定）', fileName: 'zeimu-design-restricted.txt', docType: 'design', system: 'ZEIMU', owner: 'vendorB', status: 'valid', nextReviewInDays: 300, vendorKey: VENDOR_B, restricted: true },
];

export interface ISeedIssue {
  title: string;
  description: string;
  system?: string;
  area: 'sharedArea' | 'dedicatedArea' | 'awsService' | 'network' | 'devices';
  priority: 'high' | 'medium' | 'low';
  status: 'open' | 'inProgress' | 'onHold' | 'resolved' | 'closed';
  /** who raised it */
  author: string;
  owner: string;
  vendorKey?: string;
  /** due date, days from today (negative = overdue) */
  dueInDays: number;
  policy?: string;
  progress?: string;
  /** a pending governed change proposed by the owner */
  proposal?: { field: 'dueDate'; dueInDays: number; reason: string };
}

export const ISSUES: ISeedIssue[] = [
  {
    title: '住民票の写しの一括印刷が遅い（100件で約15分）', system: 'JUMIN', area: 'sharedArea', priority: 'high', status: 'inProgress',
    description: '<p>月曜午前の窓口混雑時に、住民票の写しの一括印刷が通常の3倍程度かかる。</p>', author: 'ict', owner: 'vendorA', vendorKey: VENDOR_A, dueInDays: 7,
    policy: '帳票サーバの負荷を測定し、夜間バッチの実行時間帯を見直す。', progress: '負荷測定を実施中。',
    proposal: { field: 'dueDate', dueInDays: 21, reason: '帳票サーバのメモリ増設が必要なため、作業日程の調整に2週間かかる見込みです。' },
  },
  {
    title: '税額通知書の宛名欄で外字が表示されない', system: 'ZEIMU', area: 'sharedArea', priority: 'medium', status: 'open',
    description: '<p>一部の外字（旧字体）が「・」で出力される。</p>', author: 'staffB', owner: 'vendorB', vendorKey: VENDOR_B, dueInDays: -3,
    policy: '外字の同期状況を確認する。',
  },
  {
    title: '庁内ネットワークとガバメントクラウド間の回線で夕方に遅延', area: 'network', priority: 'high', status: 'onHold',
    description: '<p>17時台に応答が遅くなる事象が週2〜3回発生。</p>', author: 'ict', owner: 'ict2', dueInDays: 14,
    policy: '回線事業者の調査結果を待つ。',
  },
  {
    title: 'AWS の共有ストレージ容量が閾値（80%）を超過', area: 'awsService', priority: 'medium', status: 'inProgress',
    description: '<p>共同利用領域の共有ストレージ使用率が 82% に達した。</p>', author: 'csp', owner: 'csp', dueInDays: 10,
    policy: '不要なバックアップ世代を整理し、容量を拡張する。', progress: '整理対象を抽出済み。',
  },
  {
    title: '福祉システムのログイン画面でタイムアウトが頻発', system: 'FUKUSHI', area: 'sharedArea', priority: 'high', status: 'resolved',
    description: '<p>朝8時台にログイン画面がタイムアウトする。</p>', author: 'ict', owner: 'vendorA', vendorKey: VENDOR_A, dueInDays: -5,
    policy: '認証サーバのセッション上限を引き上げる。', progress: '設定変更後、再発なし。',
  },
  {
    title: '仮想端末の一部で日本語入力が切り替わらない', area: 'devices', priority: 'low', status: 'closed',
    description: '<p>3階の一部の端末で IME の切り替えができない。</p>', author: 'ict', owner: 'vendorA2', vendorKey: VENDOR_A, dueInDays: -20,
    policy: 'IME の設定を配布し直す。', progress: '配布完了、利用者に確認済み。',
  },
  {
    title: '生活保護システムの月次統計で受給世帯数が二重に計上される', system: 'SEIHO', area: 'dedicatedArea', priority: 'medium', status: 'inProgress',
    description: '<p>被保護者調査の月次集計で、月途中に世帯分離した世帯が二重に計上されている。</p>', author: 'ict', owner: 'vendorA', vendorKey: VENDOR_A, dueInDays: 12,
    policy: '集計条件を修正し、過去3か月分を再集計する。', progress: '原因箇所を特定済み。',
  },
  {
    title: '就学事務システムの帳票レイアウト変更（次年度様式）', system: 'GAKUJI', area: 'dedicatedArea', priority: 'low', status: 'open',
    description: '<p>次年度の就学通知の様式変更に対応する。</p>', author: 'ict', owner: 'vendorB', vendorKey: VENDOR_B, dueInDays: 45,
  },
];

export interface ISeedInquiry {
  title: string;
  body: string;
  system: string;
  service?: string;
  category: 'howTo' | 'fault' | 'request' | 'account' | 'other';
  status: 'received' | 'assigned' | 'responded' | 'waiting' | 'resolved' | 'closed';
  requester: string;
  /** vendor user who handles it (status assigned and later) */
  assignee?: string;
  vendorKey?: string;
  /** received this many hours ago */
  receivedHoursAgo: number;
  /** first-response target in business minutes (the service's), to compute the due time */
  firstResponseMinutes: number;
  firstResponse?: string;
  resolution?: string;
}

export const INQUIRIES: ISeedInquiry[] = [
  {
    title: '転出証明書の発行画面で「対象者が選択されていません」と表示される', system: 'JUMIN', service: 'SV-JUMIN-01', category: 'howTo', status: 'received',
    body: '<p>世帯員を選択してから発行ボタンを押しても、エラーになります。</p>', requester: 'staffA', receivedHoursAgo: 1, firstResponseMinutes: 240,
  },
  {
    title: '住民票コードの再付番の手順を教えてください', system: 'JUMIN', service: 'SV-JUMIN-01', category: 'howTo', status: 'assigned',
    body: '<p>本人から住民票コードの変更請求がありました。システム上の手順を教えてください。</p>', requester: 'staffA', assignee: 'vendorA', vendorKey: VENDOR_A,
    receivedHoursAgo: 2, firstResponseMinutes: 240,
  },
  {
    title: '戸籍附票の連携エラーが朝から継続している', system: 'JUMIN', service: 'SV-JUMIN-01', category: 'fault', status: 'assigned',
    body: '<p>連携結果一覧に「送信失敗」が20件以上あります。</p>', requester: 'staffA', assignee: 'vendorA', vendorKey: VENDOR_A,
    receivedHoursAgo: 72, firstResponseMinutes: 240,
  },
  {
    title: '税額の更正処理で延滞金が自動計算されない', system: 'ZEIMU', service: 'SV-ZEIMU-01', category: 'fault', status: 'assigned',
    body: '<p>令和7年度分の更正で、延滞金欄が 0 円のままになります。</p>', requester: 'staffB', assignee: 'vendorB', vendorKey: VENDOR_B,
    receivedHoursAgo: 96, firstResponseMinutes: 240,
  },
  {
    title: '給与支払報告書の取込件数が合わない', system: 'ZEIMU', service: 'SV-ZEIMU-01', category: 'howTo', status: 'responded',
    body: '<p>取込結果の件数が、受付件数より3件少ないです。</p>', requester: 'staffB', assignee: 'vendorB', vendorKey: VENDOR_B,
    receivedHoursAgo: 30, firstResponseMinutes: 240, firstResponse: '<p>エラーリストに重複扱いの3件が出力されていないか確認をお願いします。</p>',
  },
  {
    title: '異動届の一括取込ファイルの形式について', system: 'JUMIN', service: 'SV-JUMIN-01', category: 'request', status: 'waiting',
    body: '<p>出張所の異動届を一括取込したいので、ファイル形式を教えてください。</p>', requester: 'staffA', assignee: 'vendorA', vendorKey: VENDOR_A,
    receivedHoursAgo: 50, firstResponseMinutes: 240, firstResponse: '<p>取込対象の件数と、現在お使いの様式を教えてください。</p>',
  },
  {
    title: '証明書のコンビニ交付の停止時間を確認したい', system: 'JUMIN', category: 'other', status: 'resolved',
    body: '<p>来月のメンテナンスでコンビニ交付が止まる時間を教えてください。</p>', requester: 'staffA', assignee: 'vendorA', vendorKey: VENDOR_A,
    receivedHoursAgo: 120, firstResponseMinutes: 240, firstResponse: '<p>確認して回答します。</p>', resolution: '<p>第2日曜日の 6:00〜12:00 に停止します。</p>',
  },
  {
    title: '国保の納入通知書の再出力', system: 'KOKUHO', service: 'SV-KOKUHO-01', category: 'request', status: 'closed',
    body: '<p>転居者分の納入通知書を再出力してください。</p>', requester: 'staffB', assignee: 'vendorB', vendorKey: VENDOR_B,
    receivedHoursAgo: 240, firstResponseMinutes: 240, firstResponse: '<p>承知しました。</p>', resolution: '<p>再出力し、課の共有フォルダに格納しました。</p>',
  },
];
