// Layout of the popup; colours and controls come from theme.ts.
export const popupCss = `
body{width:400px;min-height:200px;max-height:600px}
.popup{padding:10px 12px 12px}
.bar{display:flex;align-items:center;justify-content:space-between;gap:8px;flex-wrap:wrap}
.bar h1{font-size:16px;margin:0;white-space:nowrap}
.bar-actions{display:flex;gap:6px;flex-wrap:wrap}
.status{margin:6px 0;min-height:0}
.status:empty{display:none}
.settings-reset{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 8px;margin:6px 0}
.settings-reset .btn{padding:1px 8px;border-color:var(--error)}
.filters{display:flex;gap:0 8px;align-items:flex-end;flex-wrap:wrap}
.filters .grow{flex:1 1 280px}
.summary{display:flex;justify-content:space-between;align-items:center;margin:4px 0 8px;color:var(--muted)}
.group h2{font-size:13px;text-transform:uppercase;letter-spacing:.03em;margin:10px 0 4px;color:var(--muted)}
.group.g-overdue h2{color:var(--error)}
.group ul{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.row-btn{display:flex;flex-direction:column;gap:2px;width:100%;text-align:left;padding:7px 9px;border:1px solid var(--border);border-radius:8px;background:var(--raised)}
.row-btn:hover{border-color:var(--accent)}
.row-line{display:flex;justify-content:space-between;gap:8px;align-items:baseline}
.row-line.small>span:first-child{white-space:nowrap}
.row .id{font-weight:700;font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px;overflow-wrap:anywhere}
.amount{font-weight:700}
.small{font-size:12px}
.muted{color:var(--muted)}
.estimate{font-style:italic;border-bottom:1px dotted var(--muted)}
.manual{border:1px solid var(--border);border-radius:8px;padding:0 5px}
.row-remove{display:flex;justify-content:flex-end;align-items:center;gap:6px;margin-top:3px;font-size:12px}
.row-remove .btn{padding:1px 8px;font-size:12px}
.row-remove.confirm{justify-content:space-between;flex-wrap:wrap;padding:4px 8px;border:1px solid var(--u-overdue-border);border-radius:8px;background:var(--raised)}
.row-remove-q{font-weight:600;overflow-wrap:anywhere}
.row-remove-actions{display:flex;gap:6px}
.more{width:100%;justify-content:center;margin-top:8px}
.empty{padding:8px 2px}
.empty h2{font-size:15px;margin:6px 0}
.add-form h2{font-size:15px;margin:0 0 4px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:0 8px}
.actions{display:flex;gap:8px;margin-top:8px}
`;
