/** The small PC page at `/pc-login`: shows the sign-in QR, polls, and shows who signed in. */
export const PC_LOGIN_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>掌上办 · 扫码登录</title>
<style>
  body { font-family: -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f5f6f8; color: #1f2329; margin: 0; }
  main { max-width: 360px; margin: 48px auto; background: #fff; border-radius: 12px; padding: 24px; text-align: center; box-shadow: 0 2px 12px rgba(0,0,0,.06); }
  h1 { font-size: 20px; margin: 0 0 8px; }
  #qr svg { width: 240px; height: 240px; }
  .hint { color: #646a73; font-size: 14px; }
  button { margin-top: 12px; padding: 8px 20px; border: 0; border-radius: 6px; background: #1664ff; color: #fff; font-size: 15px; cursor: pointer; }
</style>
</head>
<body>
<main>
  <h1>扫码登录 掌上办</h1>
  <p class="hint" id="status" data-state="loading">正在生成二维码…</p>
  <div id="qr" aria-label="登录二维码"></div>
  <p class="hint" id="expires"></p>
  <button id="refresh" hidden>刷新二维码</button>
</main>
<script src="/pc-login.js"></script>
</body>
</html>`;

export const PC_LOGIN_JS = `(function () {
  var statusEl = document.getElementById('status');
  var qrEl = document.getElementById('qr');
  var expiresEl = document.getElementById('expires');
  var refreshBtn = document.getElementById('refresh');
  var timer = null;
  function show(state, text) { statusEl.dataset.state = state; statusEl.textContent = text; }
  function start() {
    clearInterval(timer);
    refreshBtn.hidden = true;
    fetch('/api/v1/pc-login/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ device: navigator.userAgent.slice(0, 120) }) })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        qrEl.innerHTML = s.qrSvg;
        qrEl.dataset.text = s.qrText;
        expiresEl.textContent = '二维码 ' + new Date(s.expiresAt).toLocaleTimeString() + ' 失效，仅可使用一次';
        show('pending', '请用 掌上办 扫一扫');
        timer = setInterval(function () { poll(s); }, 1000);
      })
      .catch(function () { show('error', '网络异常，请刷新'); refreshBtn.hidden = false; });
  }
  function poll(s) {
    fetch('/api/v1/pc-login/sessions/' + encodeURIComponent(s.id) + '?pollToken=' + encodeURIComponent(s.pollToken))
      .then(function (r) { return r.json(); })
      .then(function (p) {
        if (p.status === 'confirmed') show('confirmed', '已在手机上确认…');
        if (p.status === 'expired') { clearInterval(timer); qrEl.innerHTML = ''; show('expired', '二维码已过期'); refreshBtn.hidden = false; }
        if (p.status === 'signed_in') {
          clearInterval(timer); qrEl.innerHTML = '';
          if (!p.session) { show('error', '该二维码已被使用'); refreshBtn.hidden = false; return; }
          sessionStorage.setItem('zsb.pc.accessToken', p.session.accessToken);
          fetch('/api/v1/me', { headers: { authorization: 'Bearer ' + p.session.accessToken } })
            .then(function (r) { return r.json(); })
            .then(function (me) { show('signed_in', '已登录：' + (me.name || me.maskedName || '')); })
            .catch(function () { show('signed_in', '已登录'); });
        }
      });
  }
  refreshBtn.addEventListener('click', start);
  start();
})();`;
