// Layout of the options page; colours and controls come from components/popup/theme.ts.
export const optionsCss = `
.options{max-width:640px;margin:0 auto;padding:16px 20px 40px}
.options h1{font-size:20px;margin:0 0 4px}
.options h2{font-size:15px;margin:22px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--border)}
.options section{margin:0}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:0 12px}
.check{display:flex;gap:8px;align-items:center;margin:6px 0}
.check input{width:16px;height:16px}
.actions{display:flex;gap:8px;margin:8px 0}
.status-line{min-height:0;margin:8px 0}
.status-line ul{margin:4px 0 0;padding-left:18px}
.confirm{border:2px solid var(--u-overdue-border);border-radius:8px;padding:8px 12px;margin:8px 0}
`;
