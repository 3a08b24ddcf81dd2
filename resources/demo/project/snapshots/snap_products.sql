{% snapshot snap_products %}

{{
    config(
        unique_key='product_id',
        strategy='check',
        check_cols=['unit_price_cents', 'unit_cost_cents', 'is_active']
    )
}}

select * from {{ ref('raw_products') }}

{% endsnapshot %}
