import { describe, expect, it } from 'vitest';
import { isSandboxAbort, sandboxAbortMessage, sandboxHelperPath, tailBuffer } from './sandbox-abort';

// Recorded stderr of real aborts: coatless-rpkg/shinyelectron#6 (Ubuntu 24.04, `electron .`) and
// tareqimbasher/NetPad#272 (Kubuntu 24.10, installed .deb).
const devAbort = [
  '[77996:0908/150845.938417:FATAL:sandbox/linux/suid/client/setuid_sandbox_host.cc:166] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I\'m aborting now. You need to make sure that /home/parallels/app/node_modules/electron/dist/chrome-sandbox is owned by root and has mode 4755.',
  '',
].join('\n');
const debAbort =
  "[23617:1009/234200.390715:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that /opt/NetPad/chrome-sandbox is owned by root and has mode 4755.\nTrace/breakpoint trap (core dumped)\n";
// Chromium's message when neither user namespaces nor the SUID helper are usable.
const noSandbox =
  '[1:1:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! If you are running on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user namespaces with AppArmor, see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.';

describe('isSandboxAbort', () => {
  it.each([
    ['dev run, SIGTRAP', devAbort, { code: null, signal: 'SIGTRAP' as const }],
    ['installed app, exit 133', debAbort, { code: 133, signal: null }],
    ['no usable sandbox', noSandbox, { code: null, signal: 'SIGTRAP' as const }],
  ])('recognises %s', (_what, stderr, exit) => {
    expect(isSandboxAbort(stderr, exit)).toBe(true);
  });

  it('does not claim other exits', () => {
    expect(isSandboxAbort(devAbort, { code: 0, signal: null })).toBe(false);
    expect(isSandboxAbort('[main] Symbucket failed to start: EADDRINUSE', { code: 1, signal: null })).toBe(false);
    expect(isSandboxAbort('', { code: null, signal: 'SIGTRAP' })).toBe(false);
  });
});

describe('sandboxAbortMessage', () => {
  it('is one paragraph naming the cause and both remedies, with the helper path from the log', () => {
    const message = sandboxAbortMessage(devAbort, '/fallback/chrome-sandbox');
    expect(message).not.toContain('\n');
    expect(message).toMatch(/AppArmor/);
    expect(message).toContain('sudo chown root:root /home/parallels/app/node_modules/electron/dist/chrome-sandbox && sudo chmod 4755 /home/parallels/app/node_modules/electron/dist/chrome-sandbox');
    expect(sandboxHelperPath(debAbort)).toBe('/opt/NetPad/chrome-sandbox');
    expect(sandboxAbortMessage(noSandbox, '/fallback/chrome-sandbox')).toContain('sudo chmod 4755 /fallback/chrome-sandbox');
  });
});

describe('tailBuffer', () => {
  it('keeps only the end of a long stream', () => {
    const tail = tailBuffer(10);
    tail.push('0123456789');
    tail.push(Buffer.from('abc'));
    expect(tail.text()).toBe('3456789abc');
  });
});
