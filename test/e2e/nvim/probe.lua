-- Headless Neovim (>= 0.7) as an LSP client of caselint-language-server.
-- Adapted from a recipe for driving any stdio server from headless Neovim.
-- Env: CASELINT_CMD (JSON array), CASELINT_FILE, CASELINT_TIMEOUT_MS (default 20000).
-- Prints one line per check ("ok - ..." / "not ok - ...") and a final line
-- "N passed, N failed"; exits non-zero when a check fails.
local function env(k, d) local v = os.getenv(k); if v == nil or v == '' then return d end; return v end
local function say(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then passed = passed + 1; say('ok - ' .. name)
  else failed = failed + 1; say('not ok - ' .. name .. (detail and (': ' .. detail) or '')) end
end
local function finish()
  say(('%d passed, %d failed'):format(passed, failed))
  vim.cmd((failed == 0) and 'qall!' or 'cquit 1')
end

local cmd = vim.json.decode(env('CASELINT_CMD', 'null'))
local file = vim.fn.fnamemodify(env('CASELINT_FILE', ''), ':p')
local timeout = tonumber(env('CASELINT_TIMEOUT_MS', '20000'))
local root = vim.fn.fnamemodify(file, ':h')
local exits = {}

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'yaml'

local client_id = vim.lsp.start_client({
  name = 'caselint',
  cmd = cmd,
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  settings = { caselint = { inlayHints = true, codeLens = true } },
  on_exit = function(code, signal) table.insert(exits, ('exit code=%s signal=%s'):format(code, signal)) end,
})
check('the server starts', client_id ~= nil)
if not client_id then return finish() end
vim.lsp.buf_attach_client(bufnr, client_id)

local client
vim.wait(timeout, function()
  client = vim.lsp.get_client_by_id(client_id)
  return #exits > 0 or (client ~= nil and client.initialized == true)
end, 50)
check('the server initializes', client ~= nil and client.initialized == true, table.concat(exits, '; '))
if not (client and client.initialized) then return finish() end

-- 0-based position of `needle` in the buffer, plus `delta` characters.
local function find(needle, delta)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = line:find(needle, 1, true)
    if s then return { line = i - 1, character = s - 1 + (delta or 0) } end
  end
  error('not in the sample: ' .. needle)
end
local function params(position)
  return { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = position }
end
local function code_of(d)
  if d.code then return d.code end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code
end

-- Diagnostics: the undefined citation, at its key, from caselint.
local cite_pos = find('@star-dd', 1)
local found
vim.wait(timeout, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == 'citation-undefined' then found = d; return true end
  end
  return #exits > 0
end, 50)
check('diagnostics arrive with code citation-undefined', found ~= nil)
if found then
  check('the diagnostic sits on the citation key', found.lnum == cite_pos.line and found.col == cite_pos.character and found.end_col == cite_pos.character + 7,
    ('got %d:%d-%d'):format(found.lnum, found.col, found.end_col or -1))
  check('the diagnostic comes from caselint', found.source == 'caselint', tostring(found.source))
  check('the message suggests star-d', (found.message or ''):find('star-d', 1, true) ~= nil, found.message)
end

-- Hover on the drug name.
local r = client.request_sync('textDocument/hover', params(find('drug: sertraline', 8)), 10000, bufnr)
local hover = r and r.result
local text = ''
if hover and hover.contents then
  local c = hover.contents
  text = type(c) == 'string' and c or (c.value or vim.inspect(c))
end
check('hover on a drug names it', text:lower():find('sertraline', 1, true) ~= nil, text ~= '' and text:sub(1, 80) or vim.inspect(r))

-- Completion of a framework id.
r = client.request_sync('textDocument/completion', params(find('framework: cbt', 11)), 10000, bufnr)
local items = r and r.result and (r.result.items or r.result) or {}
local labels = {}
for _, it in ipairs(items) do labels[it.label] = true end
check('completion offers framework ids', labels['psychodynamic'] == true and labels['cbt'] == true, ('%d items'):format(#items))

-- A quick fix for the undefined citation.
r = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = cite_pos, ['end'] = cite_pos },
  context = { diagnostics = {} },
}, 10000, bufnr)
local titles = {}
for _, a in ipairs(r and r.result or {}) do titles[a.title] = true end
-- The citation sits in a block scalar, where a comment line would be text: only the file-wide directive.
check('code actions offer "Cite star-d" and the file-wide disable comment',
  titles['Disable citation-undefined for this file'] == true and titles['Disable citation-undefined for this line'] == nil and (function()
    for t in pairs(titles) do if t:find('star-d', 1, true) then return true end end
    return false
  end)(), vim.inspect(vim.tbl_keys(titles)))

-- The redact quick fix on a phone number (an invented 555-01xx number).
local phone = find('555-0142')
phone.character = phone.character - 6
r = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = phone, ['end'] = phone },
  context = { diagnostics = {} },
}, 10000, bufnr)
local redact
for _, a in ipairs(r and r.result or {}) do if a.title == 'Replace with a generic description' then redact = a end end
check('a phone number has the quick fix "Replace with a generic description"', redact ~= nil and redact.edit ~= nil, vim.inspect(r and r.result))
if redact and redact.edit then
  vim.lsp.util.apply_workspace_edit(redact.edit, 'utf-16')
  local line = vim.api.nvim_buf_get_lines(bufnr, phone.line, phone.line + 1, false)[1] or ''
  check('the fix replaces the number with [phone removed]', line:find('reached at [phone removed].', 1, true) ~= nil, line)
end

-- The outline.
r = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 10000, bufnr)
local names = {}
for _, s in ipairs(r and r.result or {}) do table.insert(names, s.name) end
check('the outline lists the patient and the perspectives', vim.tbl_contains(names, 'Patient') and vim.tbl_contains(names, 'Perspectives'), table.concat(names, ', '))

client.stop()
vim.wait(2000, function() return client.is_stopped() end, 50)
finish()
