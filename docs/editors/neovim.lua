-- caselint in Neovim 0.7 and later (init.lua). *.case.yaml files get the
-- `yaml` filetype, so the autocommand matches file names, not a filetype.
local caselint_client -- Neovim 0.7: one client, attached to each case file
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.case.yaml', '*.case.yml' },
  callback = function(args)
    local config = {
      name = 'caselint',
      cmd = { 'caselint-language-server', '--stdio' },
      root_dir = vim.fn.getcwd(),
    }
    if vim.lsp.start then -- Neovim 0.8+
      vim.lsp.start(config, { bufnr = args.buf })
    else -- Neovim 0.7
      if not (caselint_client and vim.lsp.get_client_by_id(caselint_client)) then
        caselint_client = vim.lsp.start_client(config)
      end
      if caselint_client then vim.lsp.buf_attach_client(args.buf, caselint_client) end
    end
  end,
})
