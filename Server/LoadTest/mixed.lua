-- The soak: valid requests to every endpoint interleaved with malformed ones, round robin.
-- Counts replies by status class; done() prints them as "status <class>xx <count>".
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
  local article = file:read("*a")
  file:close()
  local json = { ["Content-Type"] = "application/json" }
  local function post(path, body) return wrk.format("POST", path, json, body) end
  local oversized = '{"text": "' .. string.rep("x", tonumber(os.getenv("OVERSIZED_BYTES"))) .. '"}'
  requests = {
    post("/v1/annotate", article),
    wrk.format("GET", "/v1/lookup?q=Lyong+Kyong&limit=3"),
    post("/v1/annotate", '{"text": '),                          -- invalid JSON
    post("/v1/annotate", '{"text": 5}'),                        -- wrong type
    post("/v1/annotate", '{"text": "ab\255cd"}'),               -- invalid UTF-8
    post("/v1/annotate", '{"text": "x", "lang": "ru"}'),        -- unknown field
    post("/v1/annotate/batch", '{"documents": [{"text": "Лыонг Кыонг"}, {"text": "To Lam", "label_lang": "en"}]}'),
    post("/v1/annotate", '{"text": "x", "date": "2025-13-40"}'), -- invalid date
    post("/v1/normalize", '{"text": "Лыонгу Кыонгу вручили орден", "to": "vi"}'),
    wrk.format("GET", "/v1/entities/person:luong-cuong"),
    wrk.format("GET", "/v1/entities/person:nobody"),            -- 404
    wrk.format("GET", "/v1/lookup?q=%FF"),                      -- invalid UTF-8 in the query
    wrk.format("GET", "/v1/lookup?limit=0&q=x"),                -- invalid limit
    wrk.format("GET", "/no/such/endpoint"),                     -- 404
    post("/v1/annotate", oversized),                            -- over --max-body
    wrk.format("GET", "/readyz"),
  }
  index = 0
  counts = {}
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function response(status, headers, body)
  local class = math.floor(status / 100)
  counts[class] = (counts[class] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for class, count in pairs(thread:get("counts")) do
      total[class] = (total[class] or 0) + count
    end
  end
  for class = 1, 5 do
    io.write(string.format("status %dxx %d\n", class, total[class] or 0))
  end
end
