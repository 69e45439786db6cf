-- Follows the README literally: docs/editors/neovim.lua as the init file
-- (loaded with -u), caselint-language-server found on PATH. Opens the case
-- file given in CASELINT_FILE and checks that caselint attaches and lints it.
-- Prints "ok - ..." lines and "N passed, N failed".
local function say(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then passed = passed + 1; say('ok - ' .. name)
  else failed = failed + 1; say('not ok - ' .. name .. (detail and (': ' .. detail) or '')) end
end
local file = os.getenv('CASELINT_FILE')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
check('a *.case.yaml file keeps the yaml filetype', vim.bo[bufnr].filetype == 'yaml' or vim.bo[bufnr].filetype == '', vim.bo[bufnr].filetype)
local attached
vim.wait(20000, function()
  for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do if c.name == 'caselint' then attached = c end end
  return attached ~= nil
end, 50)
check('the README configuration attaches caselint-language-server from PATH', attached ~= nil)
local diags = {}
vim.wait(20000, function()
  diags = vim.diagnostic.get(bufnr)
  return #diags > 0
end, 50)
check('diagnostics arrive through the README configuration', #diags > 0 and diags[1].source == 'caselint', ('%d diagnostics'):format(#diags))
say(('%d passed, %d failed'):format(passed, failed))
vim.cmd((failed == 0) and 'qall!' or 'cquit 1')
