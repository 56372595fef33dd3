/* global document, window, fetch */
// The console's Teams tab: Teams single sign-on (the Teams JS SDK, served by the service), then the console itself.
(function () {
  'use strict';
  var status = document.getElementById('teams-status');
  function fail() {
    if (status) status.textContent = status.getAttribute('data-failed') || '';
    var link = document.getElementById('teams-fallback');
    if (link) link.hidden = false;
  }
  var sdk = window.microsoftTeams;
  if (!sdk || !sdk.app) return fail();
  sdk.app.initialize()
    .then(function () { return sdk.authentication.getAuthToken(); })
    .then(function (token) {
      return fetch('/console/teams/sso', {
        method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: token }),
      });
    })
    .then(function (res) { return res.ok ? res.json() : Promise.reject(new Error(String(res.status))); })
    .then(function (body) { window.location.assign(body.next || '/console'); })
    .catch(fail);
})();
