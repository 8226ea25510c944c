/* The copy button of app/api-tokens.xhtml: copies the new token's secret and says so; where the
   browser refuses the clipboard (no permission, an insecure page), it selects the secret so that
   the person copies it by hand, and says that instead. */
var Shoreline = window.Shoreline || {};
Shoreline.apiTokens = {
  copySecret: function () {
    var secret = document.getElementById('secret-value');
    var status = document.getElementById('copy-status');
    var say = function (outcome) {
      status.textContent = status.getAttribute('data-' + outcome);
      status.setAttribute('data-outcome', outcome);
    };
    var selectByHand = function () {
      var range = document.createRange();
      range.selectNodeContents(secret);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      say('failed');
    };
    if (!navigator.clipboard || !window.isSecureContext) {
      selectByHand();
      return;
    }
    navigator.clipboard.writeText(secret.textContent).then(function () {
      say('copied');
    }, selectByHand);
  }
};
