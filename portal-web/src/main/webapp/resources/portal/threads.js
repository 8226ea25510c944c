/* Live updates of app/thread.xhtml and app/threads.xhtml: the live-update socket (/live/posts,
   web.threads.LiveSockets) says which
   workspace and thread got a post; the list of that workspace fetches its rows again, the page
   showing that thread its posts (as its reader, through the server) and marks
   what it shows as seen. Replies name the post they answer. */
var Shoreline = window.Shoreline || {};
Shoreline.threads = {
  panel: function () {
    return document.getElementById('posts');
  },
  onPost: function (message) {
    var panel = Shoreline.threads.panel();
    if (panel && String(message.thread) === panel.getAttribute('data-thread')) {
      refreshPosts();
    }
    var list = document.getElementById('list');
    if (list && String(message.workspace) === list.getAttribute('data-workspace')) {
      refreshThreads();
    }
  },
  /* The page receives live updates from now on (html[data-live="on"]): what a post made earlier
     missed, the page's own rendering already showed. */
  live: function () {
    document.documentElement.setAttribute('data-live', 'on');
  },
  offline: function () {
    document.documentElement.removeAttribute('data-live');
  },
  /* Opens the socket and opens it again, a few seconds after it closed (a restarted or replaced
     node, a network change). */
  connect: function () {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + '/live/posts');
    socket.onopen = Shoreline.threads.live;
    socket.onmessage = function (event) {
      Shoreline.threads.onPost(JSON.parse(event.data));
    };
    socket.onclose = function () {
      Shoreline.threads.offline();
      setTimeout(Shoreline.threads.connect, 5000);
    };
  },
  shown: function () {
    var panel = Shoreline.threads.panel();
    var last = panel ? Number(panel.getAttribute('data-last-shown')) : 0;
    if (last > 0 && document.visibilityState === 'visible') {
      markSeen([{name: 'seen', value: last}]);
    }
  }
};
// jQuery's ready, not DOMContentLoaded: PrimeFaces puts its CSP nonce into the forms on ready;
// a markSeen sent before that goes without it ("CSP nonce mismatch" on the server).
$(function () {
  Shoreline.threads.connect();
  Shoreline.threads.shown();
  document.addEventListener('visibilitychange', Shoreline.threads.shown);
  document.addEventListener('click', function (event) {
    var link = event.target.closest('.reply-link');
    if (!link) {
      return;
    }
    document.getElementById('compose:reply-to').value = link.getAttribute('data-seq');
    document.getElementById('replying-to').textContent = '↩ #' + link.getAttribute('data-seq');
  });
});
