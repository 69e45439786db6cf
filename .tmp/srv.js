const inspector = require('inspector'); const fs = require('fs');
const s = new inspector.Session(); s.connect();
s.post('Profiler.enable'); s.post('Profiler.start');
let done = false;
const dump = () => { if (done) return; done = true; s.post('Profiler.stop', (e, r) => { fs.writeFileSync('/work/main/.tmp/lprof/server.cpuprofile', JSON.stringify(r.profile)); }); };
process.on('exit', dump);
process.argv = [process.argv[0], '/work/main/bin/caselint-language-server.js', '--stdio'];
require('/work/main/.tmp/server-dev.js');
