-- GET /v1/lookup over the name forms in $QUERIES_FILE (one a line), round robin, so the load
-- is many different real queries (Latin, Cyrillic, without diacritics), not one repeated.
local function escape(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("QUERIES_FILE")) do
    if line ~= "" then table.insert(paths, "/v1/lookup?q=" .. escape(line)) end
  end
  -- Each thread starts at a different place in the list.
  index = math.random(#paths)
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
